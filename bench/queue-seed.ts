// Seeds the queue benchmark's database in bulk with generate_series: one applicant, the reviewers, and `total`
// filings of which `waiting` are in initial review with spread due times (the rest completed).
import type pg from 'pg';

export async function seedQueue(client: pg.Client, opts: { total: number; waiting: number; reviewers: number }) {
  await client.query(`
    INSERT INTO "Account" ("id", "email", "displayName", "passwordHash", "role", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), 'bench-' || n || '@bench.test', 'Bench ' || n, 'x',
           (CASE WHEN n = 0 THEN 'APPLICANT' ELSE 'REVIEWER' END)::"Role", now(), now()
    FROM generate_series(0, ${opts.reviewers}) AS n`);
  await client.query(
    `INSERT INTO "Filing" ("id", "orderNo", "accountId", "status", "province", "nature", "certType", "certHash",
       "certMasked", "domainAscii", "domainUnicode", "cloudService", "submittedAt", "slaDueAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'BQ' || lpad(n::text, 13, '0'),
            (SELECT "id" FROM "Account" WHERE "email" = 'bench-0@bench.test'),
            (CASE WHEN n <= $1 THEN 'INITIAL_REVIEW' ELSE 'COMPLETED' END)::"FilingStatus",
            (ARRAY['11','31','44','33','32'])[1 + n % 5], 'PERSONAL'::"SubjectNature", 'RESIDENT_ID',
            md5(n::text), '4403**********1313', 'bq' || n || '.cn', 'bq' || n || '.cn', '{"kind":"RESOURCE","resourceId":"ins-bench"}'::jsonb,
            now() - interval '1 day', now() + ((n::bigint * 7919) % 172800 - 43200) * interval '1 second', now() - interval '1 day', now()
     FROM generate_series(1, $2) AS n`,
    [opts.waiting, opts.total],
  );
  await client.query('ANALYZE "Filing"');
  const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "Account" WHERE "role" = 'REVIEWER'`);
  return rows.map((r) => r.id);
}
