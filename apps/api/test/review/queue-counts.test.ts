// The queue's counts kept for a moment when the queue is large (docs/decisions/048), on the real repository and
// database: exact below the large-queue size, kept for their age limit beyond it while the page itself stays fresh,
// per stage, nature and type, and read afresh by one page at a time while the others wait for it. The size is 3 here
// instead of 5,000.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sqlOf } from '../../src/infra/db.ts';
import {
  createReviewQueueRepository,
  type QueueFilter,
  type ReviewQueueRepository,
} from '../../src/modules/review/review-queue.repository.ts';
import { createQueueCounts, summarizeCounts } from '../../src/modules/review/review-queue-counts.ts';
import { countedCalls } from '../helpers/counted-calls.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { minutes, waitingFilings } from './review-fixtures.ts';

const start = new Date('2026-11-30T02:00:00Z');
let t: TestApp;
let repo: ReviewQueueRepository;
beforeAll(async () => {
  t = await createTestApp();
  repo = createReviewQueueRepository(sqlOf(t.db));
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.db.filing.updateMany({
    where: { status: { in: ['INITIAL_REVIEW', 'SECOND_REVIEW'] } },
    data: { status: 'ABANDONED' },
  });
});

const options = { largeQueue: 3, maxAgeMs: 2_000 };
const filter = (msLater: number, more: Partial<QueueFilter> = {}): QueueFilter => ({
  status: 'INITIAL_REVIEW',
  now: new Date(start.getTime() + msLater),
  ...more,
});
const waiting = (n: number, province = '44') =>
  waitingFilings(
    t,
    Array.from({ length: n }, () => ({ slaDueAt: new Date(start.getTime() + minutes(60)), province })),
  );
const totalOf = (read: { counts: { count: number }[] }) => read.counts.reduce((sum, c) => sum + c.count, 0);

describe('the review queue’s counts', () => {
  it('are read with every page while the queue is below the large-queue size', async () => {
    const pages = createQueueCounts(repo, options);
    await waiting(1);
    expect(totalOf(await pages.pageWithCounts(filter(0), 50, undefined))).toBe(1);
    await waiting(1);
    expect(totalOf(await pages.pageWithCounts(filter(10), 50, undefined))).toBe(2);
  });

  it('of a large queue serve later pages until they are older than their limit; the rows are always read', async () => {
    const pages = createQueueCounts(repo, options);
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
    const pages = createQueueCounts(repo, options);
    await waiting(3);
    await pages.pageWithCounts(filter(0), 50, undefined);
    await waiting(1);
    expect(totalOf(await pages.pageWithCounts(filter(1, { nature: 'PERSONAL' }), 50, undefined))).toBe(4);
    expect(totalOf(await pages.pageWithCounts(filter(1, { status: 'SECOND_REVIEW' }), 50, undefined))).toBe(0);
    expect(totalOf(await pages.pageWithCounts(filter(1), 50, undefined))).toBe(3);
  });

  it('once too old are read afresh by one page, and the pages beside it wait for that count', async () => {
    const { counted: repository, calls } = countedCalls(repo, ['pageWithCounts', 'page']);
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
        ...repo,
        pageWithCounts: (...args) => {
          if (!failNext) return repo.pageWithCounts(...args);
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
