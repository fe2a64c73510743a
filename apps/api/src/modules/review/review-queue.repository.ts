// The reviewer queues in plain SQL on the pool Prisma shares (docs/decisions/032): a page sorted by SLA due time
// (overdue first) with each claimant and the queue's counts, all in one round trip, and one queue row. A queue page
// is what reviewers reload all day; through Prisma it took five round trips, and three statements before decision 044.
import type { FilingStatus, FilingType, Prisma, SubjectNature } from '../../generated/prisma/client.ts';
import type { Sql } from '../../infra/db.ts';

export type QueueFilter = {
  status: FilingStatus;
  province?: string | undefined;
  nature?: SubjectNature | undefined;
  type?: FilingType | undefined;
  overdue?: boolean | undefined;
  now: Date;
};

const claimant = { select: { id: true, displayName: true } } as const;

export const queueRowSelect = {
  id: true,
  orderNo: true,
  version: true,
  province: true,
  nature: true,
  type: true,
  status: true,
  submittedAt: true,
  slaDueAt: true,
  claimExpiresAt: true,
  claimedBy: claimant,
} as const satisfies Prisma.FilingSelect;

export type QueueRow = Prisma.FilingGetPayload<{ select: typeof queueRowSelect }>;

export type QueueCounts = { total: number; overdue: number; byProvince: { province: string; count: number }[] };

const COLUMNS = `f."id", f."orderNo", f."version", f."province", f."nature", f."type", f."status", f."submittedAt",
  f."slaDueAt", f."claimExpiresAt", c."id" AS "claimantId", c."displayName" AS "claimantName"`;
const FROM = `"Filing" f LEFT JOIN "Account" c ON c."id" = f."claimedById"`;

type Joined = Omit<QueueRow, 'claimedBy'> & { claimantId: string | null; claimantName: string | null };

const toRow = ({ claimantId, claimantName, ...row }: Joined): QueueRow => ({
  ...row,
  claimedBy: claimantId !== null && claimantName !== null ? { id: claimantId, displayName: claimantName } : null,
});

/** Appends `value` to the statement's values and names it as a parameter. */
const paramIn = (values: unknown[]) => (value: unknown) => {
  values.push(value);
  return `$${values.length}`;
};

/** The filter's stage, nature and type as SQL conditions on `f` (what the counts and the page share). */
function sharedConditions(f: QueueFilter, param: (value: unknown) => string): string[] {
  const where = [`f."status" = ${param(f.status)}::"FilingStatus"`];
  if (f.nature !== undefined) where.push(`f."nature" = ${param(f.nature)}::"SubjectNature"`);
  if (f.type !== undefined) where.push(`f."type" = ${param(f.type)}::"FilingType"`);
  return where;
}

/** A timestamp as milliseconds since the epoch, for a row built as JSON (null stays null). */
const ms = (column: string) => `(extract(epoch FROM ${column}) * 1000)::bigint`;

/** A page row as the statement below builds it in JSON: the times in milliseconds. */
type PageJson = Omit<Joined, 'submittedAt' | 'slaDueAt' | 'claimExpiresAt'> & {
  submittedAt: number | null;
  slaDueAt: number | null;
  claimExpiresAt: number | null;
};

const PAGE_JSON = `json_build_object('id', p."id", 'orderNo', p."orderNo", 'version', p."version",
  'province', p."province", 'nature', p."nature", 'type', p."type", 'status', p."status",
  'submittedAt', ${ms('p."submittedAt"')}, 'slaDueAt', ${ms('p."slaDueAt"')},
  'claimExpiresAt', ${ms('p."claimExpiresAt"')}, 'claimantId', p."claimantId", 'claimantName', p."claimantName")`;

const date = (at: number | null) => (at === null ? null : new Date(at));

const fromJson = ({ submittedAt, slaDueAt, claimExpiresAt, ...row }: PageJson): QueueRow =>
  toRow({ ...row, submittedAt: date(submittedAt), slaDueAt: date(slaDueAt), claimExpiresAt: date(claimExpiresAt) });

type CountJson = { province: string; count: number; overdue: number };

// After the cursor's row in the page order (due time ascending with none last, then id), as keyset pagination.
// The cursor's row is read whatever the filters; a cursor whose row is gone gives an empty page.
const AFTER_CURSOR = `(
  (k."slaDueAt" IS NOT NULL AND (f."slaDueAt" > k."slaDueAt" OR f."slaDueAt" IS NULL
    OR (f."slaDueAt" = k."slaDueAt" AND f."id" > k."id")))
  OR (k."slaDueAt" IS NULL AND f."slaDueAt" IS NULL AND f."id" > k."id"))`;

export function createReviewQueueRepository(sql: Sql) {
  return {
    /**
     * A page of the queue under every filter, sorted by due time (the earliest first puts the overdue filings on
     * top; the id breaks ties so pages are stable), up to `limit + 1` rows so the caller knows whether more follow;
     * and the counts of the queue under `f`'s stage, nature and type (its overdue flag is left out): total and
     * overdue within its province (all provinces when none), and per province across all of them (so the console can
     * offer each one). One statement: the page and the grouped counts each aggregated into JSON.
     */
    async pageWithCounts(
      f: QueueFilter,
      limit: number,
      cursor: string | undefined,
    ): Promise<{ rows: QueueRow[]; counts: QueueCounts }> {
      const values: unknown[] = [];
      const param = paramIn(values);
      const shared = sharedConditions(f, param);
      const now = param(f.now);
      const where = [...shared];
      if (f.province !== undefined) where.push(`f."province" = ${param(f.province)}`);
      if (f.overdue !== undefined) where.push(f.overdue ? `f."slaDueAt" < ${now}` : `f."slaDueAt" >= ${now}`);
      let from = FROM;
      if (cursor) {
        from += `, (SELECT "id", "slaDueAt" FROM "Filing" WHERE "id" = ${param(cursor)}) k`;
        where.push(AFTER_CURSOR);
      }
      const [result] = await sql.query<{ rows: PageJson[]; counts: CountJson[] }>(
        `WITH page AS (
           SELECT ${COLUMNS} FROM ${from} WHERE ${where.join(' AND ')}
           ORDER BY f."slaDueAt" ASC NULLS LAST, f."id" ASC LIMIT ${param(limit + 1)}
         ), counted AS (
           SELECT f."province", count(*)::int AS "count", (count(*) FILTER (WHERE f."slaDueAt" < ${now}))::int AS "overdue"
           FROM "Filing" f WHERE ${shared.join(' AND ')}
           GROUP BY f."province"
         )
         SELECT
           (SELECT coalesce(json_agg(${PAGE_JSON} ORDER BY p."slaDueAt" ASC NULLS LAST, p."id" ASC), '[]')
            FROM page p) AS "rows",
           (SELECT coalesce(json_agg(json_build_object('province', c."province", 'count', c."count",
              'overdue', c."overdue") ORDER BY c."province" ASC), '[]')
            FROM counted c) AS "counts"`,
        values,
      );
      const rows = result?.rows ?? [];
      const grouped = result?.counts ?? [];
      const counted = grouped.filter((r) => f.province === undefined || r.province === f.province);
      return {
        rows: rows.map(fromJson),
        counts: {
          total: counted.reduce((sum, r) => sum + r.count, 0),
          overdue: counted.reduce((sum, r) => sum + r.overdue, 0),
          byProvince: grouped.map((r) => ({ province: r.province, count: r.count })),
        },
      };
    },

    async findRow(id: string): Promise<QueueRow | null> {
      const [row] = await sql.query<Joined>(`SELECT ${COLUMNS} FROM ${FROM} WHERE f."id" = $1`, [id]);
      return row ? toRow(row) : null;
    },
  };
}

export type ReviewQueueRepository = ReturnType<typeof createReviewQueueRepository>;
