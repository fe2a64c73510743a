// The review queue's counts per province, kept in the process between pages (docs/decisions/048 and 055). Counting
// reads every waiting filing of the stage: a tenth of a millisecond of PostgreSQL for a few hundred, and 10–20 ms each
// with 100,000 waiting. Kept counts come with the snapshot they were read in. A page then reads its rows with the
// question whether a change to what they count committed since (every such change leaves its transaction id,
// decision 055), and reads the page again with fresh counts only if one did, so the counts stay exact. They are also
// read again once the clock reaches the next due time among them (an overdue count changes then) or goes back
// before they were read.
// A large queue (from `largeQueue` filings of the stage, nature and type) changes all day, so its counts also serve
// without that question for `maxAgeMs` after they were read or found unchanged: pages then read only their rows,
// and while one page asks and reads them again, the pages arriving meanwhile read only their rows and wait for it,
// one at a time per queue.
import type {
  CountsRead,
  PageWithCounts,
  ProvinceCount,
  QueueFilter,
  ReviewQueueRepository,
} from './review-queue.repository.ts';

export type QueueCountsOptions = {
  /** From this many filings (of the stage, nature and type) on, counts serve unasked for `maxAgeMs`. */
  largeQueue: number;
  maxAgeMs: number;
};

/** The snapshot a page and its counts were found to hold in, and the next due time among what they counted. */
export type Held = { snapshot: string; nextDueAt: string | null };

/** A page with its counts, and where they hold (none when the counts of a large queue served unasked). */
export type CountedPage = PageWithCounts & { held: Held | undefined };

/** Counts with the snapshot they hold in, as of `at` (the clock when read or last found unchanged). */
type Kept = CountsRead & {
  snapshot: string;
  at: number;
  large: boolean;
  /** While a page of a large queue reads them again: the counts it will show. */
  refresh: Promise<ProvinceCount[]> | undefined;
};

/** The counts a page shows: total and overdue within the province filter (all when none), and each province's. */
export function summarizeCounts(counts: ProvinceCount[], province: string | undefined) {
  const within = counts.filter((c) => province === undefined || c.province === province);
  return {
    total: within.reduce((sum, c) => sum + c.count, 0),
    overdue: within.reduce((sum, c) => sum + c.overdue, 0),
    byProvince: counts.map((c) => ({ province: c.province, count: c.count })),
  };
}

/** Whether counts read as of `kept.at` still tell what is overdue at `now`: no due time passed, clock not set back. */
const inTime = (kept: Kept, now: Date) =>
  now.getTime() >= kept.at && (kept.nextDueAt === null || now.toISOString() < kept.nextDueAt);

/** Where a large queue's counts hold is not told: they change all day, and serve unasked between questions. */
const heldBy = (kept: Kept): Held | undefined =>
  kept.large ? undefined : { snapshot: kept.snapshot, nextDueAt: kept.nextDueAt };

export function createQueueCounts(queue: ReviewQueueRepository, { largeQueue, maxAgeMs }: QueueCountsOptions) {
  const kept = new Map<string, Kept>();
  return {
    /** The page under every filter of `f`, with the counts kept or read as above. */
    async pageWithCounts(f: QueueFilter, limit: number, cursor: string | undefined): Promise<CountedPage> {
      const key = `${f.status}|${f.nature ?? ''}|${f.type ?? ''}`;
      const now = f.now.getTime();
      const entry = kept.get(key);
      const usable = entry !== undefined && inTime(entry, f.now);
      if (entry && usable && entry.large && now - entry.at < maxAgeMs)
        return { rows: await queue.page(f, limit, cursor), counts: entry.counts, held: undefined };
      if (entry?.refresh) {
        const [rows, counts] = await Promise.all([queue.page(f, limit, cursor), entry.refresh]);
        return { rows, counts, held: undefined };
      }
      const read = (async (): Promise<CountedPage> => {
        if (entry && usable) {
          const rows = await queue.pageIfCountsHold(f, limit, cursor, entry.snapshot);
          if (rows) {
            if (kept.get(key) === entry) entry.at = Math.max(entry.at, now);
            return { rows, counts: entry.counts, held: heldBy(entry) };
          }
        }
        const { rows, counted, snapshot } = await queue.pageWithCounts(f, limit, cursor);
        const { total } = summarizeCounts(counted.counts, undefined);
        const fresh: Kept = { ...counted, snapshot, at: now, large: total >= largeQueue, refresh: undefined };
        kept.set(key, fresh);
        return { rows, counts: counted.counts, held: heldBy(fresh) };
      })();
      if (entry?.large) {
        const refresh = read.then((r) => r.counts);
        // Whoever waits for it hears of a failure; nobody waiting is no unhandled rejection.
        refresh.catch(() => {});
        entry.refresh = refresh;
      }
      try {
        return await read;
      } finally {
        if (entry) entry.refresh = undefined;
      }
    },
  };
}
