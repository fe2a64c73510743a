// A review queue's first pages kept whole in the process (docs/decisions/056). Reviewers' consoles reload the same
// first page of a queue all day, and reading its 50 rows is most of what a page costs. A first page is kept with its
// counts and the snapshot they hold in; the next request for the same filters asks only whether a change to what the
// page shows committed since (every such change leaves its transaction id, decision 055) and serves the kept page
// when none did. It is read again once the clock reaches the next due time among the queue's filings or the end of
// a claim it shows (an overdue flag or a claimant changes then), or goes back before it was read. Pages after a
// cursor and the pages of a large queue are read as before (review-queue-counts.ts). What is kept is the answer built
// from the page, frozen and marked so that its route writes its JSON once (lib/kept-answer.ts).
import { keptAnswer } from '../../lib/kept-answer.ts';
import type { PageWithCounts, QueueFilter, ReviewQueueRepository } from './review-queue.repository.ts';
import { createQueueCounts, type QueueCountsOptions } from './review-queue-counts.ts';

export type QueuePagesOptions = QueueCountsOptions & {
  /** At most this many first pages (one per filter and page size) are kept; the oldest kept goes first. */
  maxPages: number;
};

/**
 * Counts exact up to 5,000 waiting filings, up to two seconds old beyond (decision 048: a reviewer cannot tell the
 * difference); and up to 200 first pages (about 40 KB each with the answer and JSON kept with it).
 */
export const QUEUE_PAGES: QueuePagesOptions = { largeQueue: 5_000, maxAgeMs: 2_000, maxPages: 200 };

/** What a page with its counts is answered with, under the filters it was read with and the page size asked. */
export type PresentPage<T extends object> = (page: PageWithCounts, f: QueueFilter, limit: number) => T;

/** A first page's answer as of `at` (the clock when read or last found unchanged), until `until` (ISO). */
type KeptPage<T> = { answer: T; snapshot: string; at: number; until: string | null };

/** Whether a page read as of `at` still shows what it would show at `now`: no due time or claim end passed. */
const inTime = (page: KeptPage<unknown>, now: Date) =>
  now.getTime() >= page.at && (page.until === null || now.toISOString() < page.until);

/** The earliest of the next due time and the ends of the claims live at `at` on the page (ISO strings compare so). */
function shownUntil(rows: PageWithCounts['rows'], nextDueAt: string | null, at: string): string | null {
  let until = nextDueAt;
  for (const { claimExpiresAt: end } of rows)
    if (end !== null && end > at && (until === null || end < until)) until = end;
  return until;
}

export function createQueuePages<T extends object>(
  queue: ReviewQueueRepository,
  { maxPages, ...counting }: QueuePagesOptions,
  present: PresentPage<T>,
) {
  const counts = createQueueCounts(queue, counting);
  const kept = new Map<string, KeptPage<T>>();

  function keep(key: string, page: KeptPage<T>) {
    kept.delete(key);
    kept.set(key, page);
    if (kept.size > maxPages) kept.delete(kept.keys().next().value as string);
  }

  return {
    /**
     * The answer for the page under every filter of `f`: a first page's kept (the same frozen object while nothing it
     * shows changes) or built from a page read; any other page read and answered as before.
     */
    async answer(f: QueueFilter, limit: number, cursor: string | undefined): Promise<T> {
      if (cursor !== undefined) return present(await counts.pageWithCounts(f, limit, cursor), f, limit);
      const key = `${f.status}|${f.nature ?? ''}|${f.type ?? ''}|${f.province ?? ''}|${f.overdue ?? ''}|${limit}`;
      const page = kept.get(key);
      if (page && inTime(page, f.now) && !(await queue.changedSince(page.snapshot))) {
        page.at = f.now.getTime();
        return page.answer;
      }
      const read = await counts.pageWithCounts(f, limit, undefined);
      if (!read.held) {
        kept.delete(key);
        return present(read, f, limit);
      }
      // A kept answer shows the same at every moment it is served: its flags hold until the page is read again.
      const answer = keptAnswer(present(read, f, limit));
      const until = shownUntil(read.rows, read.held.nextDueAt, f.now.toISOString());
      keep(key, { answer, snapshot: read.held.snapshot, at: f.now.getTime(), until });
      return answer;
    },
  };
}
