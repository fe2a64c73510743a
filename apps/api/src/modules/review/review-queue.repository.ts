// The reviewer queues in plain SQL on the pool Prisma shares (docs/decisions/032): a page sorted by SLA due time
// (overdue first) with each claimant and the queue's counts, all in one round trip (or the page alone while a large
// queue's counts are kept, decision 048), and one queue row. A queue page is what reviewers reload all day; through
// Prisma it took five round trips, and three statements before decision 044.
import type { Account, Filing, FilingStatus, FilingType, SubjectNature } from '../../generated/prisma/client.ts';
import type { Sql } from '../../infra/db.ts';

export type QueueFilter = {
  status: FilingStatus;
  province?: string | undefined;
  nature?: SubjectNature | undefined;
  type?: FilingType | undefined;
  overdue?: boolean | undefined;
  now: Date;
};

/**
 * A filing as its queue row shows it, timestamps as ISO 8601 strings in UTC (read so, decision 051): they compare
 * in time order as strings, and go out as they are.
 */
export type QueueRow = Pick<Filing, 'id' | 'orderNo' | 'version' | 'province' | 'nature' | 'type' | 'status'> & {
  submittedAt: string | null;
  slaDueAt: string | null;
  claimExpiresAt: string | null;
  claimedBy: Pick<Account, 'id' | 'displayName'> | null;
};

/** How many filings of a queue wait in one province, and how many of them are overdue. */
export type ProvinceCount = { province: string; count: number; overdue: number };

/** A queue page (up to `limit + 1` rows) and the counts per province of its stage, nature and type. */
export type PageWithCounts = { rows: QueueRow[]; counts: ProvinceCount[] };

// Read as arrays (decision 051): the cells below, in this order.
const COLUMNS = `f."id", f."orderNo", f."version", f."province", f."nature", f."type", f."status", f."submittedAt",
  f."slaDueAt", f."claimExpiresAt", c."id" AS "claimantId", c."displayName" AS "claimantName"`;
const FROM = `"Filing" f LEFT JOIN "Account" c ON c."id" = f."claimedById"`;

type Cells = [
  id: QueueRow['id'],
  orderNo: QueueRow['orderNo'],
  version: QueueRow['version'],
  province: QueueRow['province'],
  nature: QueueRow['nature'],
  type: QueueRow['type'],
  status: QueueRow['status'],
  submittedAt: string | null,
  slaDueAt: string | null,
  claimExpiresAt: string | null,
  claimantId: string | null,
  claimantName: string | null,
];

const toRow = (c: Cells | Part): QueueRow => ({
  id: c[0],
  orderNo: c[1],
  version: c[2],
  province: c[3],
  nature: c[4],
  type: c[5],
  status: c[6],
  submittedAt: c[7],
  slaDueAt: c[8],
  claimExpiresAt: c[9],
  claimedBy: c[10] !== null && c[11] !== null ? { id: c[10], displayName: c[11] } : null,
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

/**
 * One row of the statement below: a page row (count and overdue null), or a province's counts (only the province,
 * count and overdue set).
 */
type Part = [...Cells, count: number | null, overdue: number | null];

/** The page's columns left empty in a counts row (its province shares the page's province column). */
const COUNT_ROW = `NULL, NULL, NULL, c."province", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, c."count", c."overdue"`;

// After the cursor's row in the page order (due time ascending with none last, then id), as keyset pagination.
// The cursor's row is read whatever the filters; a cursor whose row is gone gives an empty page.
const AFTER_CURSOR = `(
  (k."slaDueAt" IS NOT NULL AND (f."slaDueAt" > k."slaDueAt" OR f."slaDueAt" IS NULL
    OR (f."slaDueAt" = k."slaDueAt" AND f."id" > k."id")))
  OR (k."slaDueAt" IS NULL AND f."slaDueAt" IS NULL AND f."id" > k."id"))`;

/** A page under every filter of `f`, up to `limit + 1` rows, its values named through `param`. */
function pageSql(f: QueueFilter, limit: number, cursor: string | undefined, param: (value: unknown) => string) {
  const where = sharedConditions(f, param);
  if (f.province !== undefined) where.push(`f."province" = ${param(f.province)}`);
  if (f.overdue !== undefined) {
    const now = param(f.now);
    where.push(f.overdue ? `f."slaDueAt" < ${now}` : `f."slaDueAt" >= ${now}`);
  }
  let from = FROM;
  if (cursor) {
    from += `, (SELECT "id", "slaDueAt" FROM "Filing" WHERE "id" = ${param(cursor)}) k`;
    where.push(AFTER_CURSOR);
  }
  return `SELECT ${COLUMNS} FROM ${from} WHERE ${where.join(' AND ')}
    ORDER BY f."slaDueAt" ASC NULLS LAST, f."id" ASC LIMIT ${param(limit + 1)}`;
}

/** The counts per province under `f`'s stage, nature and type, with how many are overdue at `f.now`. */
function countedSql(f: QueueFilter, param: (value: unknown) => string) {
  const shared = sharedConditions(f, param);
  const now = param(f.now);
  return `SELECT f."province", count(*)::int AS "count", (count(*) FILTER (WHERE f."slaDueAt" < ${now}))::int AS "overdue"
    FROM "Filing" f WHERE ${shared.join(' AND ')} GROUP BY f."province"`;
}

const byProvinceCode = (a: ProvinceCount, b: ProvinceCount) => a.province.localeCompare(b.province);

export function createReviewQueueRepository(sql: Sql) {
  return {
    /**
     * A page of the queue under every filter, sorted by due time (the earliest first puts the overdue filings on
     * top; the id breaks ties so pages are stable), up to `limit + 1` rows so the caller knows whether more follow;
     * and the queue's counts per province under `f`'s stage, nature and type (its province and overdue filters are
     * left out), each with how many are overdue. One statement: the page's rows, then a row of counts per province.
     */
    async pageWithCounts(f: QueueFilter, limit: number, cursor: string | undefined): Promise<PageWithCounts> {
      const values: unknown[] = [];
      const param = paramIn(values);
      const counted = countedSql(f, param);
      const page = pageSql(f, limit, cursor, param);
      // The page and the counts as plain rows of one result, the page's first in its order (a page row has no count):
      // building them as JSON in PostgreSQL took twice as long (0.75 against 0.35 ms for a page of 50 and its counts).
      const parts = await sql.arrays<Part>(
        `WITH page AS (${page}), counted AS (${counted})
         SELECT p.*, NULL::int AS "count", NULL::int AS "overdue" FROM page p
         UNION ALL SELECT ${COUNT_ROW} FROM counted c
         ORDER BY "count" ASC NULLS FIRST, "slaDueAt" ASC NULLS LAST, "id" ASC`,
        values,
      );
      const rows: QueueRow[] = [];
      const counts: ProvinceCount[] = [];
      for (const part of parts) {
        const count = part[12];
        if (count === null) rows.push(toRow(part));
        else counts.push({ province: part[3], count, overdue: part[13] ?? 0 });
      }
      return { rows, counts: counts.sort(byProvinceCode) };
    },

    /** The page alone, as `pageWithCounts` reads it. */
    async page(f: QueueFilter, limit: number, cursor: string | undefined): Promise<QueueRow[]> {
      const values: unknown[] = [];
      const page = pageSql(f, limit, cursor, paramIn(values));
      return (await sql.arrays<Cells>(page, values)).map(toRow);
    },

    async findRow(id: string): Promise<QueueRow | null> {
      const [row] = await sql.arrays<Cells>(`SELECT ${COLUMNS} FROM ${FROM} WHERE f."id" = $1`, [id]);
      return row ? toRow(row) : null;
    },
  };
}

export type ReviewQueueRepository = ReturnType<typeof createReviewQueueRepository>;
