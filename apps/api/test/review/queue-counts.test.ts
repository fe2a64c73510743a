// The queue's counts kept between pages (docs/decisions/048 and 055), on the real repository and database: counted
// again below the large-queue size only after a change to what they count, at the next due time or when the clock
// goes back; beyond it kept for their age limit unasked while the page itself stays fresh, then asked about; per
// stage, nature and type, and read afresh by one page at a time while the others wait for it. The size is 3 here
// instead of 5,000.
import { describe, expect, it } from 'vitest';
import type { QueueFilter, ReviewQueueRepository } from '../../src/modules/review/review-queue.repository.ts';
import { createQueueCounts, summarizeCounts } from '../../src/modules/review/review-queue-counts.ts';
import { countedCalls } from '../helpers/counted-calls.ts';
import { minutes, queueRepositoryPerFile, waitingFilings } from './review-fixtures.ts';

const start = new Date('2026-11-30T02:00:00Z');
const file = queueRepositoryPerFile();

const options = { largeQueue: 3, maxAgeMs: 2_000 };
const filter = (msLater: number, more: Partial<QueueFilter> = {}): QueueFilter => ({
  status: 'INITIAL_REVIEW',
  now: new Date(start.getTime() + msLater),
  ...more,
});
const waiting = (n: number, province = '44') =>
  waitingFilings(
    file.t,
    Array.from({ length: n }, () => ({ slaDueAt: new Date(start.getTime() + minutes(60)), province })),
  );
const totalOf = (read: { counts: { count: number }[] }) => read.counts.reduce((sum, c) => sum + c.count, 0);

/**
 * The repository, noting each page read with fresh counts (true) and each page read on kept counts that held (false);
 * a question whose counts no longer hold is followed by a fresh read.
 */
function noting() {
  const counted: boolean[] = [];
  const repository: ReviewQueueRepository = {
    ...file.repo,
    pageWithCounts: (...args) => {
      counted.push(true);
      return file.repo.pageWithCounts(...args);
    },
    pageIfCountsHold: async (...args) => {
      const rows = await file.repo.pageIfCountsHold(...args);
      if (rows) counted.push(false);
      return rows;
    },
  };
  return { repository, counted };
}

describe('the review queue’s counts', () => {
  it('are read with every page while the queue is below the large-queue size', async () => {
    const pages = createQueueCounts(file.repo, options);
    await waiting(1);
    expect(totalOf(await pages.pageWithCounts(filter(0), 50, undefined))).toBe(1);
    await waiting(1);
    expect(totalOf(await pages.pageWithCounts(filter(10), 50, undefined))).toBe(2);
  });

  it('below the large-queue size are kept from page to page and counted again only after a change', async () => {
    const { repository, counted } = noting();
    const pages = createQueueCounts(repository, options);
    await waiting(2);
    expect(totalOf(await pages.pageWithCounts(filter(0), 50, undefined))).toBe(2);
    expect(totalOf(await pages.pageWithCounts(filter(1_000), 50, undefined))).toBe(2);
    expect(totalOf(await pages.pageWithCounts(filter(60_000), 50, undefined))).toBe(2);
    await waiting(1, '31');
    const after = await pages.pageWithCounts(filter(60_001), 50, undefined);
    expect(after.counts).toEqual([
      { province: '31', count: 1, overdue: 0 },
      { province: '44', count: 2, overdue: 0 },
    ]);
    expect(after.rows).toHaveLength(3);
    expect(counted).toEqual([true, false, false, true]);
  });

  it('are counted again when the clock reaches the next due time among them, or goes back', async () => {
    const { repository, counted } = noting();
    const pages = createQueueCounts(repository, options);
    await waitingFilings(file.t, [
      { slaDueAt: new Date(start.getTime() + minutes(10)), province: '44' },
      { slaDueAt: new Date(start.getTime() + minutes(20)), province: '44' },
    ]);
    const overdueAt = async (ms: number) =>
      summarizeCounts((await pages.pageWithCounts(filter(ms), 50, undefined)).counts, undefined).overdue;
    expect(await overdueAt(0)).toBe(0);
    expect(await overdueAt(minutes(10) - 1)).toBe(0);
    // Due is not yet overdue: a filing is overdue once its due time has passed.
    expect(await overdueAt(minutes(10))).toBe(0);
    expect(await overdueAt(minutes(10) + 1)).toBe(1);
    expect(await overdueAt(minutes(15))).toBe(1);
    expect(await overdueAt(minutes(5))).toBe(0);
    expect(await overdueAt(minutes(30))).toBe(2);
    expect(await overdueAt(minutes(90))).toBe(2);
    expect(counted).toEqual([true, false, true, true, false, true, true, false]);
  });

  it('of a large queue past their age limit are asked about, and counted again only after a change', async () => {
    const { repository, counted } = noting();
    const pages = createQueueCounts(repository, options);
    await waiting(3);
    await pages.pageWithCounts(filter(0), 50, undefined);
    expect(totalOf(await pages.pageWithCounts(filter(2_000), 50, undefined))).toBe(3);
    // Found unchanged at 2 s: unasked again until 4 s.
    expect(totalOf(await pages.pageWithCounts(filter(3_999), 50, undefined))).toBe(3);
    await waiting(1);
    expect(totalOf(await pages.pageWithCounts(filter(3_999), 50, undefined))).toBe(3);
    expect(totalOf(await pages.pageWithCounts(filter(4_000), 50, undefined))).toBe(4);
    expect(counted).toEqual([true, false, true]);
  });

  it('of a large queue serve later pages until they are older than their limit; the rows are always read', async () => {
    const pages = createQueueCounts(file.repo, options);
    await waiting(3);
    expect(totalOf(await pages.pageWithCounts(filter(0), 50, undefined))).toBe(3);
    await waiting(2, '31');

    const within = await pages.pageWithCounts(filter(1_999), 50, undefined);
    expect(within.rows).toHaveLength(5);
    expect(within.counts).toEqual([{ province: '44', count: 3, overdue: 0 }]);

    const after = await pages.pageWithCounts(filter(2_000), 50, undefined);
    expect(after.counts).toEqual([
      { province: '31', count: 2, overdue: 0 },
      { province: '44', count: 3, overdue: 0 },
    ]);
    expect(summarizeCounts(after.counts, '31')).toEqual({
      total: 2,
      overdue: 0,
      byProvince: [
        { province: '31', count: 2 },
        { province: '44', count: 3 },
      ],
    });
  });

  it('are kept per stage, nature and type: another filter reads its own', async () => {
    const pages = createQueueCounts(file.repo, options);
    await waiting(3);
    await pages.pageWithCounts(filter(0), 50, undefined);
    await waiting(1);
    expect(totalOf(await pages.pageWithCounts(filter(1, { nature: 'PERSONAL' }), 50, undefined))).toBe(4);
    expect(totalOf(await pages.pageWithCounts(filter(1, { status: 'SECOND_REVIEW' }), 50, undefined))).toBe(0);
    expect(totalOf(await pages.pageWithCounts(filter(1), 50, undefined))).toBe(3);
  });

  it('once too old are read afresh by one page, and the pages beside it wait for that count', async () => {
    const { counted: repository, calls } = countedCalls(file.repo, ['pageWithCounts', 'page']);
    const pages = createQueueCounts(repository, options);
    await waiting(3);
    await pages.pageWithCounts(filter(0), 50, undefined);
    await waiting(1);

    const reads = await Promise.all(
      Array.from({ length: 5 }, () => pages.pageWithCounts(filter(5_000), 50, undefined)),
    );
    expect(calls).toEqual({ pageWithCounts: 2, page: 4 });
    expect(reads.map(totalOf)).toEqual([4, 4, 4, 4, 4]);
    expect(reads.map((r) => r.rows.length)).toEqual([4, 4, 4, 4, 4]);
    expect(totalOf(await pages.pageWithCounts(filter(5_001), 50, undefined))).toBe(4);
    expect(calls.page).toBe(5);
  });

  it('are read again on the next page when reading them afresh failed (and the page waiting for it fails too)', async () => {
    let failNext = false;
    const pages = createQueueCounts(
      {
        ...file.repo,
        pageWithCounts: (...args) => {
          if (!failNext) return file.repo.pageWithCounts(...args);
          failNext = false;
          return Promise.reject(new Error('connection lost'));
        },
      },
      options,
    );
    await waiting(3);
    await pages.pageWithCounts(filter(0), 50, undefined);
    await waiting(1);
    failNext = true;
    const [failed, beside] = await Promise.allSettled([
      pages.pageWithCounts(filter(3_000), 50, undefined),
      pages.pageWithCounts(filter(3_000), 50, undefined),
    ]);
    expect(failed).toMatchObject({ status: 'rejected', reason: new Error('connection lost') });
    expect(beside).toMatchObject({ status: 'rejected', reason: new Error('connection lost') });
    expect(totalOf(await pages.pageWithCounts(filter(3_001), 50, undefined))).toBe(4);
  });
});
