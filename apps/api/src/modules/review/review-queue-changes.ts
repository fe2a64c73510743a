// The review queues' change log (docs/decisions/055 and 056) purged: a row matters only to kept counts and pages read
// in a snapshot older than it, and those read more than TRUSTED_SNAPSHOT_SPAN transactions before the newest are read
// afresh without asking the log. So rows twice that far behind can go; by transaction ids, not time, as the log is
// kept.
import type { Sql } from '../../infra/db.ts';
import { deleteInBatches, PURGE_BATCH } from '../../lib/delete-in-batches.ts';
import { TRUSTED_SNAPSHOT_SPAN } from './review-queue.repository.ts';

export function createQueueChangesPurge(
  sql: Sql,
  { behind = 2 * TRUSTED_SNAPSHOT_SPAN, batchSize = PURGE_BATCH } = {},
) {
  /** Deletes the rows `behind` or more transactions before the newest, batch after batch; how many went. */
  return function purgeQueueChanges(): Promise<number> {
    return deleteInBatches(async (limit) => {
      const [row] = await sql.arrays<[number]>(
        `WITH gone AS (
           DELETE FROM "ReviewQueueChange" WHERE "xid" IN (
             SELECT "xid" FROM "ReviewQueueChange"
             WHERE "xid" < pg_snapshot_xmax(pg_current_snapshot())::text::bigint - $1
             ORDER BY "xid" LIMIT $2)
           RETURNING 1)
         SELECT count(*)::int FROM gone`,
        [behind, limit],
      );
      return row?.[0] ?? 0;
    }, batchSize);
  };
}

export type QueueChangesPurge = ReturnType<typeof createQueueChangesPurge>;
