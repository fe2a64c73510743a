// Fixtures for the materials step: a draft completed through the real wizard API (verify, subject with password and
// SMS code, websites), copies of it for further tests (a subject may have one order in flight, so copies are rows
// written straight to the database), multipart bodies, and a look into the bucket.
import { randomBytes, randomUUID } from 'node:crypto';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import {
  AGREEMENT_VERSIONS,
  type DetectedWebsitesSchema,
  type FilingDetail,
  type MaterialList,
  type ResourceList,
  type SubmitBody,
} from '@beian/contracts';
import { expect } from 'vitest';
import type { z } from 'zod';
import { DEMO_RESOURCE_SET } from '../../src/adapters/cloud/demo-resources.ts';
import type { Prisma } from '../../src/generated/prisma/client.ts';
import { IDS } from '../../src/seed/simulators/seed-identities.ts';
import {
  filingPasswordFor,
  latestSmsCode,
  openFiling,
  registryPrincipalFor,
  type SimulatorTestApp,
} from '../filings/filing-fixtures.ts';
import type { Client } from '../helpers/http-client.ts';

let mobiles = 0;
/** A mobile of its own per filing: SMS codes are limited per number and hour. */
const nextMobile = () => `1391234${String(5000 + mobiles++).padStart(4, '0')}`;

/** Opens a filing for the demo case and completes the subject and websites steps as an applicant would. */
export async function completedDraft(t: SimulatorTestApp, client: Client, caseId: string): Promise<FilingDetail> {
  const filing = await openFiling(client, caseId);
  const base = `/api/filings/${filing.id}`;
  const mobile = nextMobile();
  const subject = {
    originalPrincipalName: registryPrincipalFor(filing),
    certificateAddress: '广东省深圳市南山区科技园路1号',
    mailingAddress: '广东省深圳市南山区科技园路1号',
    principal: {
      name: '赵强',
      certType: 'RESIDENT_ID',
      certNumber: IDS.zhaoQiang.certNumber,
      mobile,
      email: 'zhao@example.cn',
      emergencyPhone: '020-12345678',
    },
  };
  expect((await client.put(`${base}/subject`, { version: filing.version, subject })).statusCode).toBe(200);
  expect((await client.post(`${base}/subject/password`, { password: filingPasswordFor(filing) })).statusCode).toBe(200);
  expect((await client.post(`${base}/sms-code`)).statusCode).toBe(200);
  const confirmed = await client.post(`${base}/sms-code/verify`, { code: await latestSmsCode(t, mobile) });
  expect(confirmed.statusCode, confirmed.body).toBe(200);

  const { websites } = (await client.get(`${base}/websites/detected`)).json() as z.infer<typeof DetectedWebsitesSchema>;
  const { resources } = (await client.get('/api/resources')).json() as ResourceList;
  const cvm = resources.find((r) => r.name === DEMO_RESOURCE_SET.eligibleCvm.name);
  if (!cvm) throw new Error('The applicant has no eligible CVM');
  const saved = await client.put(`${base}/websites`, {
    version: (confirmed.json() as FilingDetail).version,
    websites: websites.map((w) => ({
      websiteFilingNo: w.websiteFilingNo,
      confirmed: true,
      cloudService: { kind: 'RESOURCE', resourceId: cvm.id },
      principal: { sameAsSubject: true },
    })),
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const detail = saved.json() as FilingDetail;
  expect(detail.steps).toEqual({ verify: true, subject: true, websites: true });
  return detail;
}

let copies = 0;

/** A copy of a completed draft for `accountId`: same subject, websites and steps, its own id and order number. */
export async function copyOf(
  t: SimulatorTestApp,
  template: { id: string },
  accountId: string,
  extra: Partial<Prisma.FilingUncheckedCreateInput> = {},
) {
  const {
    id: _,
    orderNo: __,
    createdAt: ___,
    updatedAt: ____,
    ...row
  } = await t.db.filing.findUniqueOrThrow({
    where: { id: template.id },
  });
  copies += 1;
  const json = (value: Prisma.JsonValue) => value as Prisma.InputJsonValue;
  return t.db.filing.create({
    data: {
      ...row,
      id: randomUUID(),
      orderNo: `BT${Date.now()}${String(copies).padStart(3, '0')}`,
      accountId,
      createdAt: t.app.clock.now(),
      updatedAt: t.app.clock.now(),
      status: 'DRAFT',
      version: 1,
      // Not the template's: copies hold no in-flight locks and must never look like the same subject or domain.
      certHash: randomBytes(32).toString('hex'),
      domainAscii: `${randomBytes(4).toString('hex')}.cn`,
      cloudService: json(row.cloudService),
      verifyChecks: json(row.verifyChecks),
      subjectDraft: json(row.subjectDraft),
      websites: json(row.websites),
      ...extra,
    },
  });
}

export type FilePart = { filename: string; content: Buffer; contentType?: string };

/** A multipart/form-data body with the text fields first, then the file (as the web app sends it). */
export function multipart(fields: Record<string, string>, file?: FilePart) {
  const boundary = `----beian${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\n` +
          `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export function upload(client: Client, filingId: string, fields: Record<string, string>, file?: FilePart) {
  const { body, contentType } = multipart(fields, file);
  return client.post(`/api/filings/${filingId}/materials`, body, { headers: { 'content-type': contentType } });
}

/** The keys of the objects stored for a filing. */
export async function objectsOf(t: SimulatorTestApp, filingId: string): Promise<string[]> {
  const page = await t.storage.client.send(
    new ListObjectsV2Command({ Bucket: t.storage.bucket, Prefix: `materials/${filingId}/` }),
  );
  return (page.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : []));
}

export const submitBody = (version: number): SubmitBody => ({
  version,
  agreement: { termsVersion: AGREEMENT_VERSIONS.terms, privacyVersion: AGREEMENT_VERSIONS.privacy, accepted: true },
});

/** Uploads a JPEG to every required slot of the filing's list (front and back rather than the combined image). */
export async function uploadRequired(client: Client, filingId: string, jpeg: Buffer): Promise<void> {
  const list = (await client.get(`/api/filings/${filingId}/materials`)).json() as MaterialList;
  for (const item of list.items.filter((i) => i.required)) {
    const fields = {
      kind: item.kind,
      ...(item.websiteFilingNo ? { websiteFilingNo: item.websiteFilingNo } : {}),
      ...(item.category ? { category: item.category } : {}),
    };
    const res = await upload(client, filingId, fields, { filename: 'a.jpg', content: jpeg });
    expect(res.statusCode, res.body).toBe(201);
  }
}
