// The counts beside a review queue page (total, overdue, per province) in one round trip instead of three: a queue
// page is what reviewers reload all day. Plain SQL on the pool Prisma shares (docs/decisions/032), since Prisma has
// no count with a filter per column.
import type { Sql } from '../../infra/db.ts';
import type { QueueFilter } from './review-queue.repository.ts';

export type QueueCounts = { total: number; overdue: number; byProvince: { province: string; count: number }[] };

type Row = { province: string; count: number; overdue: number };

export function createReviewQueueCounts(sql: Sql) {
  /**
   * The counts of the queue under `filter`'s stage, nature and type (its overdue flag is left out): total and overdue
   * within its province (all provinces when none), and per province across all of them (so the console can offer
   * each one).
   */
  return async (filter: QueueFilter): Promise<QueueCounts> => {
    const values: unknown[] = [filter.status, filter.now];
    const where = [`"status" = $1::"FilingStatus"`];
    if (filter.nature !== undefined) {
      values.push(filter.nature);
      where.push(`"nature" = $${values.length}::"SubjectNature"`);
    }
    if (filter.type !== undefined) {
      values.push(filter.type);
      where.push(`"type" = $${values.length}::"FilingType"`);
    }
    const rows = await sql.query<Row>(
      `SELECT "province", count(*)::int AS "count", (count(*) FILTER (WHERE "slaDueAt" < $2))::int AS "overdue"
       FROM "Filing" WHERE ${where.join(' AND ')}
       GROUP BY "province" ORDER BY "province" ASC`,
      values,
    );
    const counted = rows.filter((r) => filter.province === undefined || r.province === filter.province);
    return {
      total: counted.reduce((sum, r) => sum + r.count, 0),
      overdue: counted.reduce((sum, r) => sum + r.overdue, 0),
      byProvince: rows.map((r) => ({ province: r.province, count: r.count })),
    };
  };
}

export type ReviewQueueCounts = ReturnType<typeof createReviewQueueCounts>;
