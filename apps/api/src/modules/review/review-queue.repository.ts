// The reviewer queues in plain SQL on the pool Prisma shares (docs/decisions/032): a page sorted by SLA due time
// (overdue first) with each claimant in the same round trip, the counts beside it in one more, and one queue row.
// A queue page is what reviewers reload all day; through Prisma it took five round trips.
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

/** The filter as SQL conditions on `f`, its values appended to `values` (numbered after what is there). */
function conditions(f: QueueFilter, values: unknown[], which: { province: boolean; overdue: boolean }): string[] {
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where = [`f."status" = ${param(f.status)}::"FilingStatus"`];
  if (which.province && f.province !== undefined) where.push(`f."province" = ${param(f.province)}`);
  if (f.nature !== undefined) where.push(`f."nature" = ${param(f.nature)}::"SubjectNature"`);
  if (f.type !== undefined) where.push(`f."type" = ${param(f.type)}::"FilingType"`);
  if (which.overdue && f.overdue !== undefined) {
    where.push(f.overdue ? `f."slaDueAt" < ${param(f.now)}` : `f."slaDueAt" >= ${param(f.now)}`);
  }
  return where;
}

// After the cursor's row in the page order (due time ascending with none last, then id), as keyset pagination.
// The cursor's row is read whatever the filters; a cursor whose row is gone gives an empty page.
const AFTER_CURSOR = `(
  (k."slaDueAt" IS NOT NULL AND (f."slaDueAt" > k."slaDueAt" OR f."slaDueAt" IS NULL
    OR (f."slaDueAt" = k."slaDueAt" AND f."id" > k."id")))
  OR (k."slaDueAt" IS NULL AND f."slaDueAt" IS NULL AND f."id" > k."id"))`;

export function createReviewQueueRepository(sql: Sql) {
  return {
    // The earliest due time first puts the overdue filings on top; the id breaks ties so pages are stable.
    async page(f: QueueFilter, limit: number, cursor: string | undefined): Promise<QueueRow[]> {
      const values: unknown[] = [];
      const where = conditions(f, values, { province: true, overdue: true });
      let from = FROM;
      if (cursor) {
        values.push(cursor);
        from += `, (SELECT "id", "slaDueAt" FROM "Filing" WHERE "id" = $${values.length}) k`;
        where.push(AFTER_CURSOR);
      }
      values.push(limit + 1);
      const rows = await sql.query<Joined>(
        `SELECT ${COLUMNS} FROM ${from} WHERE ${where.join(' AND ')}
         ORDER BY f."slaDueAt" ASC NULLS LAST, f."id" ASC LIMIT $${values.length}`,
        values,
      );
      return rows.map(toRow);
    },

    /**
     * The counts of the queue under `f`'s stage, nature and type (its overdue flag is left out): total and overdue
     * within its province (all provinces when none), and per province across all of them (so the console can offer
     * each one). One grouped read instead of three.
     */
    async counts(f: QueueFilter): Promise<QueueCounts> {
      const values: unknown[] = [f.now];
      const where = conditions(f, values, { province: false, overdue: false });
      const rows = await sql.query<{ province: string; count: number; overdue: number }>(
        `SELECT f."province", count(*)::int AS "count", (count(*) FILTER (WHERE f."slaDueAt" < $1))::int AS "overdue"
         FROM "Filing" f WHERE ${where.join(' AND ')}
         GROUP BY f."province" ORDER BY f."province" ASC`,
        values,
      );
      const counted = rows.filter((r) => f.province === undefined || r.province === f.province);
      return {
        total: counted.reduce((sum, r) => sum + r.count, 0),
        overdue: counted.reduce((sum, r) => sum + r.overdue, 0),
        byProvince: rows.map((r) => ({ province: r.province, count: r.count })),
      };
    },

    async findRow(id: string): Promise<QueueRow | null> {
      const [row] = await sql.query<Joined>(`SELECT ${COLUMNS} FROM ${FROM} WHERE f."id" = $1`, [id]);
      return row ? toRow(row) : null;
    },
  };
}

export type ReviewQueueRepository = ReturnType<typeof createReviewQueueRepository>;
