// The reviewer queues in plain SQL on the pool Prisma shares (docs/decisions/032): a page sorted by SLA due time
// (overdue first) with each claimant and the queue's counts, all in one round trip (or the page alone while a large
// queue's counts are kept, decision 048), and one queue row. A queue page is what reviewers reload all day; through
// Prisma it took five round trips, and three statements before decision 044. Counts come with the snapshot they were
// read in; while they are kept, a page is read with the question whether a queue change committed since (055), and
// a first page kept whole is asked about alone (056).
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

/** Counts as one statement read them: each province's, and when the next counted filing falls due. */
export type CountsRead = {
  counts: ProvinceCount[];
  /** ISO 8601 in UTC: the earliest due time at or after the filter's `now`, where an overdue count changes next. */
  nextDueAt: string | null;
};

/** A page with its counts and the snapshot they were read in (`pg_current_snapshot()` as text). */
export type PageRead = { rows: QueueRow[]; counted: CountsRead; snapshot: string };

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

/** A page row from its cells, and any cells the statement adds after them. */
const toRow = (c: readonly [...Cells, ...unknown[]]): QueueRow => ({
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
 * One row of the statement below: a page row (count and overdue null); a province's counts (the province, its next
 * due time in the due-time cell, count and overdue set); or the statement's snapshot (in the order-number cell, with
 * the count SNAPSHOT_ROW).
 */
type Part = [...Cells, count: number | null, overdue: number | null];

/** The page's columns left empty in a counts row (its province and next due time share the page's columns). */
const COUNT_ROW = `NULL, NULL, NULL, c."province", NULL, NULL, NULL, NULL, c."nextDue", NULL, NULL, NULL, c."count", c."overdue"`;

/** The count cell that marks the snapshot row; it sorts after the page's rows and before every real count. */
const SNAPSHOT_ROW = -1;
const SNAPSHOT = `NULL, pg_current_snapshot()::text, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  ${SNAPSHOT_ROW}, NULL`;

/**
 * Kept counts and pages read in a snapshot this many transactions older than the newest are read afresh, and change
 * rows twice as old are purged (`review-queue-changes.ts`): a snapshot is asked about only while every row it could
 * miss is kept.
 */
export const TRUSTED_SNAPSHOT_SPAN = 500_000;

/**
 * The change rows looked at, from the kept snapshot's xmin on, in the order of the primary key (so the look is an
 * index range however large the log). As many as this counts as a change: some may lie beyond the look.
 */
const CHANGES_LOOKED_AT = 100;

/**
 * Whether counts read in the snapshot `kept` may no longer hold: it is too old, or a queue change committed that it
 * did not see. Only transactions from the snapshot's xmin on can be invisible to it.
 */
function changedSinceSql(kept: string, trustedSpan: string) {
  const snapshot = `${kept}::pg_snapshot`;
  return `pg_snapshot_xmin(${snapshot})::text::bigint < pg_snapshot_xmax(pg_current_snapshot())::text::bigint - ${trustedSpan}
    OR (SELECT count(*) = ${CHANGES_LOOKED_AT}
          OR coalesce(bool_or(NOT pg_visible_in_snapshot(n."xid"::text::xid8, ${snapshot})), false)
        FROM (SELECT q."xid" FROM "ReviewQueueChange" q
          WHERE q."xid" >= pg_snapshot_xmin(${snapshot})::text::bigint
          ORDER BY q."xid" LIMIT ${CHANGES_LOOKED_AT}) n)`;
}

// After the cursor's row in the page order (due time ascending with none last, then id), as keyset pagination.
// The cursor's row is read whatever the filters; a cursor whose row is gone gives an empty page.
const AFTER_CURSOR = `(
  (k."slaDueAt" IS NOT NULL AND (f."slaDueAt" > k."slaDueAt" OR f."slaDueAt" IS NULL
    OR (f."slaDueAt" = k."slaDueAt" AND f."id" > k."id")))
  OR (k."slaDueAt" IS NULL AND f."slaDueAt" IS NULL AND f."id" > k."id"))`;

/** A page under every filter of `f`, up to `limit + 1` rows, its values named through `param`. */
function pageSql(
  f: QueueFilter,
  limit: number,
  cursor: string | undefined,
  param: (value: unknown) => string,
  extra = '',
) {
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
  return `SELECT ${COLUMNS}${extra} FROM ${from} WHERE ${where.join(' AND ')}
    ORDER BY f."slaDueAt" ASC NULLS LAST, f."id" ASC LIMIT ${param(limit + 1)}`;
}

/**
 * The counts per province under `f`'s stage, nature and type, with how many are overdue at `f.now` and the next due
 * time at or after it.
 */
function countedSql(f: QueueFilter, param: (value: unknown) => string) {
  const shared = sharedConditions(f, param);
  const now = param(f.now);
  return `SELECT f."province", count(*)::int AS "count", (count(*) FILTER (WHERE f."slaDueAt" < ${now}))::int AS "overdue",
      min(f."slaDueAt") FILTER (WHERE f."slaDueAt" >= ${now}) AS "nextDue"
    FROM "Filing" f WHERE ${shared.join(' AND ')} GROUP BY f."province"`;
}

const byProvinceCode = (a: ProvinceCount, b: ProvinceCount) => a.province.localeCompare(b.province);

export function createReviewQueueRepository(sql: Sql, { trustedSpan = TRUSTED_SNAPSHOT_SPAN } = {}) {
  return {
    /**
     * A page of the queue under every filter, sorted by due time (the earliest first puts the overdue filings on
     * top; the id breaks ties so pages are stable), up to `limit + 1` rows so the caller knows whether more follow;
     * the queue's counts per province under `f`'s stage, nature and type (its province and overdue filters are left
     * out), each with how many are overdue; and the snapshot they were read in. One statement: the page's rows, the
     * snapshot, then a row of counts per province.
     */
    async pageWithCounts(f: QueueFilter, limit: number, cursor: string | undefined): Promise<PageRead> {
      const values: unknown[] = [];
      const param = paramIn(values);
      const counted = countedSql(f, param);
      const page = pageSql(f, limit, cursor, param);
      // The page and the counts as plain rows of one result, the page's first in its order (a page row has no count):
      // building them as JSON in PostgreSQL took twice as long (0.75 against 0.35 ms for a page of 50 and its counts).
      const parts = await sql.arrays<Part>(
        `WITH page AS (${page}), counted AS (${counted})
         SELECT p.*, NULL::int AS "count", NULL::int AS "overdue" FROM page p
         UNION ALL SELECT ${SNAPSHOT}
         UNION ALL SELECT ${COUNT_ROW} FROM counted c
         ORDER BY "count" ASC NULLS FIRST, "slaDueAt" ASC NULLS LAST, "id" ASC`,
        values,
      );
      const rows: QueueRow[] = [];
      const counts: ProvinceCount[] = [];
      let snapshot = '';
      let nextDueAt: string | null = null;
      for (const part of parts) {
        const count = part[12];
        if (count === null) rows.push(toRow(part));
        else if (count === SNAPSHOT_ROW) snapshot = part[1];
        else {
          counts.push({ province: part[3], count, overdue: part[13] ?? 0 });
          const due = part[8];
          if (due !== null && (nextDueAt === null || due < nextDueAt)) nextDueAt = due;
        }
      }
      return { rows, counted: { counts: counts.sort(byProvinceCode), nextDueAt }, snapshot };
    },

    /**
     * The page as `pageWithCounts` reads it, if counts read in the snapshot `kept` still hold: no change to what they
     * count has committed since (and the snapshot is not too old). Null when one may have, or when the page is empty
     * (the answer rides on its rows).
     */
    async pageIfCountsHold(
      f: QueueFilter,
      limit: number,
      cursor: string | undefined,
      kept: string,
    ): Promise<QueueRow[] | null> {
      const values: unknown[] = [];
      const param = paramIn(values);
      const changed = changedSinceSql(param(kept), param(trustedSpan));
      const page = pageSql(f, limit, cursor, param, `, (SELECT ${changed}) AS "changed"`);
      const rows = await sql.arrays<[...Cells, changed: boolean]>(page, values);
      return rows.length > 0 && rows[0]?.[12] === false ? rows.map(toRow) : null;
    },

    /**
     * Whether anything a page or its counts show may have changed since the snapshot `kept`: the question
     * `pageIfCountsHold` asks, alone (for a page kept whole, decision 056).
     */
    async changedSince(kept: string): Promise<boolean> {
      const values: unknown[] = [];
      const param = paramIn(values);
      const [row] = await sql.arrays<[changed: boolean]>(
        `SELECT ${changedSinceSql(param(kept), param(trustedSpan))}`,
        values,
      );
      return row?.[0] !== false;
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
