// Seeds the read benchmark's database with SQL: an applicant with a few filings (one filled in through the websites
// step and waiting in initial review), a reviewer, and `queued` more filings of another applicant in the initial
// review queue. Both accounts get a known password, so the benchmark signs in over the API like a browser.
import type pg from 'pg';
import { hashPassword } from '../apps/api/src/modules/auth/passwords.ts';

export const BENCH_PASSWORD = 'Bench-Read-Password-9';
export const APPLICANT_EMAIL = 'read-applicant@bench.test';
export const REVIEWER_EMAIL = 'read-reviewer@bench.test';

// A principal and a website as the wizard stores them (certificate only as hash and mask), so that reading the
// filing parses JSON columns of a realistic size. The subject is one the registry simulator knows.
const principal = {
  name: '陈晓明',
  certType: 'RESIDENT_ID',
  certHash: 'a'.repeat(64),
  certMasked: '4403**********1313',
  certValidFor: 'RESIDENT_ID',
  certEndingMac: 'b'.repeat(64),
  mobile: '13800138000',
  email: 'chen@example.cn',
  emergencyPhone: '13900139000',
};
const subjectDraft = {
  originalPrincipalName: '陈晓明',
  originalPrincipalMatches: true,
  certificateAddress: '广东省深圳市南山区科技园路1号',
  mailingAddress: '广东省深圳市南山区科技园路1号',
  principal,
};
const websites = [
  {
    websiteFilingNo: '粤ICP备2021034567号-1',
    name: '陈晓明的博客',
    domains: ['chenxiaoming.cn'],
    homepageUrl: 'https://chenxiaoming.cn/',
    accessProviders: ['示例云'],
    confirmed: true,
    cloudService: { kind: 'RESOURCE', resourceId: 'ins-bench-1' },
    cloudServiceChecks: [{ name: 'resource-owned', status: 'pass' }],
    principal: { sameAsSubject: true },
  },
];
const verifyChecks = [
  { name: 'subject', status: 'pass' },
  { name: 'domain', status: 'pass' },
  { name: 'cloud', status: 'pass' },
];

export type ReadSeed = { filingId: string; filingIds: string[] };

export async function seedReads(client: pg.Client, opts: { queued: number; own: number }): Promise<ReadSeed> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await client.query(
    `INSERT INTO "Account" ("id", "email", "displayName", "passwordHash", "role", "createdAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, '读取测试申请人', $3, 'APPLICANT', now(), now()),
            (gen_random_uuid(), $2, '读取测试审核员', $3, 'REVIEWER', now(), now()),
            (gen_random_uuid(), 'read-queue@bench.test', '排队申请人', 'x', 'APPLICANT', now(), now())`,
    [APPLICANT_EMAIL, REVIEWER_EMAIL, passwordHash],
  );
  // The applicant's own filings: the first `own` - 1 are drafts, the last one (the one read) waits in initial review.
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "Filing" ("id", "orderNo", "accountId", "status", "province", "nature", "certType", "certHash",
       "certMasked", "domainAscii", "domainUnicode", "subjectFilingNo", "cloudService", "verifyChecks", "subjectDraft",
       "websites", "passwordVerifiedAt", "mobileVerifiedAt", "submittedAt", "slaDueAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'BR' || lpad(n::text, 13, '0'),
            (SELECT "id" FROM "Account" WHERE "email" = $1),
            (CASE WHEN n = $2 THEN 'INITIAL_REVIEW' ELSE 'DRAFT' END)::"FilingStatus",
            '44', 'PERSONAL'::"SubjectNature", 'RESIDENT_ID', md5(n::text), '4403**********1313',
            'chenxiaoming.cn', 'chenxiaoming.cn', '粤ICP备2021034567号',
            '{"kind":"RESOURCE","resourceId":"ins-bench-1"}'::jsonb, $3::jsonb, $4::jsonb, $5::jsonb,
            now() - interval '2 days', now() - interval '2 days',
            (CASE WHEN n = $2 THEN now() - interval '1 day' END), (CASE WHEN n = $2 THEN now() + interval '1 day' END),
            now() - interval '3 days' + n * interval '1 minute', now() - interval '1 day'
     FROM generate_series(1, $2) AS n
     RETURNING "id"`,
    [APPLICANT_EMAIL, opts.own, JSON.stringify(verifyChecks), JSON.stringify(subjectDraft), JSON.stringify(websites)],
  );
  // The submission event, as the submit step writes it: staff see a filing from its handover on.
  const filingId = (
    await client.query<{ id: string }>(
      `SELECT "id" FROM "Filing" WHERE "status" = 'INITIAL_REVIEW' AND "accountId" =
      (SELECT "id" FROM "Account" WHERE "email" = $1)`,
      [APPLICANT_EMAIL],
    )
  ).rows[0]?.id;
  if (!filingId) throw new Error('the seed made no filing in review');
  await client.query(
    `INSERT INTO "FilingEvent" ("filingId", "event", "fromStatus", "toStatus", "actorRole", "actorId", "at")
     SELECT $1, 'submit', 'DRAFT', 'INITIAL_REVIEW', 'APPLICANT', "accountId", now() - interval '1 day'
     FROM "Filing" WHERE "id" = $1`,
    [filingId],
  );
  // Another applicant's filings waiting in the initial review queue, due times spread over two days (some overdue).
  await client.query(
    `INSERT INTO "Filing" ("id", "orderNo", "accountId", "status", "province", "nature", "certType", "certHash",
       "certMasked", "domainAscii", "domainUnicode", "cloudService", "submittedAt", "slaDueAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'BQ' || lpad(n::text, 13, '0'),
            (SELECT "id" FROM "Account" WHERE "email" = 'read-queue@bench.test'), 'INITIAL_REVIEW'::"FilingStatus",
            (ARRAY['11','31','44','33','32'])[1 + n % 5], 'PERSONAL'::"SubjectNature", 'RESIDENT_ID',
            md5(n::text), '4403**********1313', 'bq' || n || '.cn', 'bq' || n || '.cn',
            '{"kind":"RESOURCE","resourceId":"ins-bench"}'::jsonb, now() - interval '1 day',
            now() + ((n::bigint * 7919) % 172800 - 43200) * interval '1 second', now() - interval '1 day', now()
     FROM generate_series(1, $1) AS n`,
    [opts.queued],
  );
  await client.query('ANALYZE');
  return { filingId, filingIds: rows.map((r) => r.id) };
}
