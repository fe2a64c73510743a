// Purges that delete a backlog batch after batch until one comes back short, so a large backlog goes in one run
// without one statement holding its locks for long.

/** Rows per DELETE: small enough that one statement holds its locks only briefly. */
export const PURGE_BATCH = 5_000;

/** Runs `deleteBatch(batchSize)` until it deletes fewer than `batchSize` rows; how many went in all. */
export async function deleteInBatches(
  deleteBatch: (limit: number) => Promise<number>,
  batchSize = PURGE_BATCH,
): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await deleteBatch(batchSize);
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
