// Test fixtures for the filing wizard: the app with the simulator seed, applicants holding the demo resources, and
// filings opened through the real verify step from the documented demo cases.
import type { FilingDetail, ResourceList, VerifyBody } from '@beian/contracts';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts.ts';
import { DEMO_CASES, type DemoCase } from '../../src/seed/simulators/demo-cases.ts';
import { subjectFilingNo } from '../../src/seed/simulators/seed-rows.ts';
import { DEMO_APPLICANT_EMAIL, SEED_SUBJECTS } from '../../src/seed/simulators/seed-simulators.ts';
import { type Client, createClient, signedInClient } from '../helpers/http-client.ts';
import type { SimulatorTestApp } from '../simulators/simulator-app.ts';

export { createSimulatorTestApp, type SimulatorTestApp } from '../simulators/simulator-app.ts';

export const demoCase = (id: string): DemoCase => {
  const found = DEMO_CASES.find((c) => c.id === id);
  if (!found) throw new Error(`No demo case ${id}`);
  return found;
};

/**
 * Demo cases that pass on a resource of the standard set, one after another: a subject may have one order in flight,
 * so each test of a file opens its filing with a case of its own.
 */
export function passingCases() {
  const ids = DEMO_CASES.filter((c) => c.expected.length === 0 && 'resource' in c.cloud).map((c) => c.id);
  let next = 0;
  return () => {
    const id = ids[next++];
    if (!id) throw new Error('Out of passing demo cases');
    return id;
  };
}

/** The filing password the seed gave the filing's subject. */
function seedSubjectOf(filing: { subjectFilingNo: string | null }) {
  const subject = SEED_SUBJECTS.find((s) => subjectFilingNo(s) === filing.subjectFilingNo);
  if (!subject) throw new Error(`No seed subject ${filing.subjectFilingNo}`);
  return subject;
}

export const filingPasswordFor = (filing: { subjectFilingNo: string | null }) => seedSubjectOf(filing).filingPassword;

/** The principal the registry holds for the filing's subject: what the subject step's original principal must be. */
export const registryPrincipalFor = (filing: { subjectFilingNo: string | null }) => seedSubjectOf(filing).principalName;

/** The code in the newest text the simulated SMS gateway sent to `mobile` (as the e2e reads it from the outbox). */
export async function latestSmsCode(t: SimulatorTestApp, mobile: string): Promise<string> {
  const message = await t.db.simSmsMessage.findFirstOrThrow({
    where: { mobile },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  const code = /\d{6}/.exec(message.body)?.[0];
  if (!code) throw new Error(`No code in ${message.body}`);
  return code;
}

/** The seeded demo applicant, who holds every resource the demo cases name. */
export async function demoApplicant(t: SimulatorTestApp): Promise<Client> {
  const client = createClient(t.app);
  const res = await client.login(DEMO_APPLICANT_EMAIL, DEMO_PASSWORD);
  expect(res.statusCode).toBe(200);
  return client;
}

/** A fresh applicant with the standard demo resources, as every account registered on the simulated cloud gets. */
export async function freshApplicant(t: SimulatorTestApp) {
  const { client, account } = await signedInClient(t.app, t.db, 'APPLICANT');
  await t.adapters.simulators?.cloud.grantDemoResources(account.id);
  return { client, account };
}

/** The verify body a person would type for the case, with the client's resource of the case's name. */
export async function verifyBodyFor(client: Client, c: DemoCase): Promise<VerifyBody> {
  let cloudService: VerifyBody['cloudService'];
  if ('resource' in c.cloud) {
    const name = c.cloud.resource;
    const { resources } = (await client.get('/api/resources')).json() as ResourceList;
    const resource = resources.find((r) => r.name === name);
    if (!resource) throw new Error(`The applicant has no resource named ${name}`);
    cloudService = { kind: 'RESOURCE', resourceId: resource.id };
  } else {
    cloudService = { kind: 'AUTH_CODE', code: c.cloud.authCode };
  }
  return {
    province: c.provinceCode,
    nature: c.nature,
    certType: c.holder.certType,
    certNumber: c.holder.certNumber,
    domain: c.domain,
    cloudService,
  };
}

/** Opens a DRAFT filing through the verify step and returns its detail. */
export async function openFiling(client: Client, caseId = 'pass-personal'): Promise<FilingDetail> {
  const res = await client.post('/api/filings/verify', await verifyBodyFor(client, demoCase(caseId)));
  expect(res.statusCode, res.body).toBe(201);
  const detail = await client.get(`/api/filings/${res.json().filing.id}`);
  expect(detail.statusCode).toBe(200);
  return detail.json() as FilingDetail;
}

/** A fresh applicant's DRAFT filing of `caseId` with the subject principal's mobile saved as `mobile`. */
export async function filingWithMobile(t: SimulatorTestApp, caseId: string, mobile: string) {
  const { client } = await freshApplicant(t);
  const filing = await openFiling(client, caseId);
  const saved = await client.put(`/api/filings/${filing.id}/subject`, {
    version: filing.version,
    subject: { principal: { mobile } },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return { client, filing: saved.json() as FilingDetail, mobile };
}

export const abandon = (client: Client, filing: Pick<FilingDetail, 'id' | 'version'>) =>
  client.post(`/api/filings/${filing.id}/abandon`, { version: filing.version });
