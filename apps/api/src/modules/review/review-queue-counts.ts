// The review queue's counts per province, kept for a moment when the queue is large (docs/decisions/048). Counting
// reads every waiting filing of the stage: nothing for a few hundred, but with 100,000 waiting each page load spent
// 10–20 ms of PostgreSQL on it and the page fell to under 50 a second. Below `largeQueue` filings the counts are
// read with every page, exact as ever. From `largeQueue` on, counts read within the last `maxAgeMs` (by the clock)
// serve the pages of that stage, nature and type; once they are older, the next page reads them afresh with its rows,
// and the pages that arrive meanwhile read only their rows and wait for that count: one count at a time per queue.
import type { PageWithCounts, ProvinceCount, QueueFilter, ReviewQueueRepository } from './review-queue.repository.ts';

export type QueueCountsOptions = {
  /** From this many filings (of the stage, nature and type) on, counts are kept for `maxAgeMs`. */
  largeQueue: number;
  maxAgeMs: number;
};

/** Exact up to 5,000 waiting filings; counts up to two seconds old beyond (a reviewer cannot tell the difference). */
export const QUEUE_COUNTS: QueueCountsOptions = { largeQueue: 5_000, maxAgeMs: 2_000 };

/** Counts read at `at`, and while they are read afresh, that read. */
type Kept = { counts: ProvinceCount[]; at: number; refresh: Promise<ProvinceCount[]> | undefined };

/** The counts a page shows: total and overdue within the province filter (all when none), and each province's. */
export function summarizeCounts(counts: ProvinceCount[], province: string | undefined) {
  const within = counts.filter((c) => province === undefined || c.province === province);
  return {
    total: within.reduce((sum, c) => sum + c.count, 0),
    overdue: within.reduce((sum, c) => sum + c.overdue, 0),
    byProvince: counts.map((c) => ({ province: c.province, count: c.count })),
  };
}

export function createQueueCounts(queue: ReviewQueueRepository, { largeQueue, maxAgeMs }: QueueCountsOptions) {
  const kept = new Map<string, Kept>();
  return {
    /** The page under every filter of `f`, with the counts kept or read as above. */
    async pageWithCounts(f: QueueFilter, limit: number, cursor: string | undefined): Promise<PageWithCounts> {
      const key = `${f.status}|${f.nature ?? ''}|${f.type ?? ''}`;
      const now = f.now.getTime();
      const entry = kept.get(key);
      if (entry) {
        const age = now - entry.at;
        if (age >= 0 && age < maxAgeMs) return { rows: await queue.page(f, limit, cursor), counts: entry.counts };
        if (entry.refresh) {
          const [rows, counts] = await Promise.all([queue.page(f, limit, cursor), entry.refresh]);
          return { rows, counts };
        }
      }
      const read = queue.pageWithCounts(f, limit, cursor);
      if (entry) {
        const refresh = read.then((r) => r.counts);
        // Whoever waits for it hears of a failure; nobody waiting is no unhandled rejection.
        refresh.catch(() => {});
        entry.refresh = refresh;
      }
      try {
        const result = await read;
        const { total } = summarizeCounts(result.counts, undefined);
        if (total >= largeQueue) kept.set(key, { counts: result.counts, at: now, refresh: undefined });
        else kept.delete(key);
        return result;
      } finally {
        if (entry) entry.refresh = undefined;
      }
    },
  };
}
