// The benchmark's applicant: a fresh account (the simulated cloud gives it the demo resources), and a filing taken
// through verify, the subject step (filing password, mobile confirmed with the code from the simulated SMS outbox,
// read as the demo admin) and the websites step, as the e2e tests do.
import type { FilingDetail, ResourceList, SimSmsOutbox, SimulatedMailbox, VerifyResponse } from '@beian/contracts';
import { DEMO_RESOURCE_SET } from '../apps/api/src/adapters/cloud/demo-resources.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/seed/demo-accounts.ts';
import { DEMO_CASES } from '../apps/api/src/seed/simulators/demo-cases.ts';
import { IDS } from '../apps/api/src/seed/simulators/seed-identities.ts';
import { subjectFilingNo } from '../apps/api/src/seed/simulators/seed-rows.ts';
import { SEED_SUBJECTS } from '../apps/api/src/seed/simulators/seed-simulators.ts';
import { type BenchClient, createBenchClient } from './upload-client.ts';

const CASE_ID = 'pass-personal';

export async function completeDraft(client: BenchClient, url: string): Promise<FilingDetail> {
  const demo = DEMO_CASES.find((c) => c.id === CASE_ID);
  if (!demo || !('resource' in demo.cloud)) throw new Error(`No demo case ${CASE_ID}`);
  await registerAndConfirm(client);
  const { resources } = await client.json<ResourceList>('GET', '/api/resources');
  const resourceId = (name: string) => {
    const found = resources.find((r) => r.name === name);
    if (!found) throw new Error(`No resource ${name}`);
    return found.id;
  };
  const verified = await client.json<VerifyResponse>('POST', '/api/filings/verify', {
    province: demo.provinceCode,
    nature: demo.nature,
    certType: demo.holder.certType,
    certNumber: demo.holder.certNumber,
    domain: demo.domain,
    cloudService: { kind: 'RESOURCE', resourceId: resourceId(demo.cloud.resource) },
  });
  if (!verified.filing) throw new Error(`Verify did not open a filing: ${JSON.stringify(verified.checks)}`);
  const base = `/api/filings/${verified.filing.id}`;
  const seed = SEED_SUBJECTS.find((s) => subjectFilingNo(s) === verified.subjectFilingNo);
  if (!seed) throw new Error(`No seed subject ${verified.subjectFilingNo}`);

  const mobile = `1390000${String(Date.now() % 10_000).padStart(4, '0')}`;
  let detail = await client.json<FilingDetail>('PUT', `${base}/subject`, {
    version: verified.filing.version,
    subject: {
      originalPrincipalName: seed.principalName,
      certificateAddress: seed.certificateAddress,
      mailingAddress: seed.certificateAddress,
      principal: {
        name: '赵强',
        certType: 'RESIDENT_ID',
        certNumber: IDS.zhaoQiang.certNumber,
        mobile,
        email: 'bench@example.cn',
        emergencyPhone: '020-12345678',
      },
    },
  });
  await client.json('POST', `${base}/subject/password`, { password: seed.filingPassword });
  await client.json('POST', `${base}/sms-code`);
  await client.json('POST', `${base}/sms-code/verify`, { code: await smsCode(url, mobile) });
  detail = await client.json<FilingDetail>('GET', base);
  const cvm = resourceId(DEMO_RESOURCE_SET.eligibleCvm.name);
  detail = await client.json<FilingDetail>('PUT', `${base}/websites`, {
    version: detail.version,
    websites: (
      await client.json<{ websites: { websiteFilingNo: string }[] }>('GET', `${base}/websites/detected`)
    ).websites.map((w) => ({
      websiteFilingNo: w.websiteFilingNo,
      confirmed: true,
      cloudService: { kind: 'RESOURCE', resourceId: cvm },
      principal: { sameAsSubject: true },
    })),
  });
  if (!detail.steps.subject || !detail.steps.websites)
    throw new Error(`The draft is not complete: ${JSON.stringify(detail.steps)}`);
  return detail;
}

/** Registers, then opens the link that the simulated mailbox shows this browser (the delivery job sends it). */
async function registerAndConfirm(client: BenchClient): Promise<void> {
  await client.json('POST', '/api/auth/register', {
    email: `bench-${Date.now()}@bench.beian.test`,
    password: 'Bench-Passw0rd!',
    displayName: 'Bench',
  });
  for (let tries = 0; tries < 120; tries++) {
    const res = await client.send('GET', '/api/auth/simulated-mailbox');
    const box = res.ok ? ((await res.json()) as SimulatedMailbox) : undefined;
    const token = box?.messages.map((m) => /\/verify-email#token=([\w-]+)/.exec(m.body)?.[1]).find(Boolean);
    if (token) {
      await client.json('POST', '/api/auth/verify-email', { token });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('No confirmation email in the simulated mailbox after 30 s');
}

/** The code in the newest text to the principal's mobile, as the demo admin reads the simulated SMS outbox. */
async function smsCode(url: string, mobile: string): Promise<string> {
  const admin = createBenchClient(url);
  const account = DEMO_ACCOUNTS.find((a) => a.role === 'ADMIN');
  await admin.json('POST', '/api/auth/login', { email: account?.email, password: DEMO_PASSWORD });
  const { messages } = await admin.json<SimSmsOutbox>('GET', '/api/simulator/sms-outbox?limit=20');
  const tail = mobile.slice(-4);
  const text = messages.find((m) => m.mobileMasked.endsWith(tail) && m.purpose === 'PRINCIPAL_MOBILE');
  const code = text && /\d{6}/.exec(text.body)?.[0];
  if (!code) throw new Error('No SMS code in the simulated outbox');
  return code;
}
