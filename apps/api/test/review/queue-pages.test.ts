// A review queue's first pages kept whole (docs/decisions/056), on the real repository, database and triggers: served
// after one question while nothing they show changed; read again after a claim, a renewal, a release or a claimant's
// new name, when the clock reaches the next due time or the end of a claim shown, or goes back; never kept after a
// cursor or for a large queue; at most `maxPages` of them. Through the API, a reviewer's reloaded page shows another
// reviewer's claim at once, drops it when the lease lapses and shows the filing overdue once its due time passes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sqlOf } from '../../src/infra/db.ts';
import { isKeptAnswer } from '../../src/lib/kept-answer.ts';
import {
  createReviewQueueRepository,
  type PageWithCounts,
  type QueueFilter,
  type ReviewQueueRepository,
} from '../../src/modules/review/review-queue.repository.ts';
import { createQueuePages, type PresentPage } from '../../src/modules/review/review-queue-pages.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';
import { emptyQueues, minutes, waitingFilings } from './review-fixtures.ts';

const start = new Date('2026-11-30T02:00:00Z');
const clock = manualClock(start);
let t: TestApp;
let repo: ReviewQueueRepository;
beforeAll(async () => {
  t = await createTestApp({ clock });
  repo = createReviewQueueRepository(sqlOf(t.db));
});
afterAll(() => t.close());
beforeEach(async () => {
  clock.set(start);
  await emptyQueues(t);
});

const options = { largeQueue: 100, maxAgeMs: 2_000, maxPages: 3 };
const at = (ms: number, more: Partial<QueueFilter> = {}): QueueFilter => ({
  status: 'INITIAL_REVIEW',
  now: new Date(start.getTime() + ms),
  ...more,
});
const later = (m: number) => new Date(start.getTime() + minutes(m));
/** Answers a page with what was read (the service builds its items and counts from the same). */
const asRead: PresentPage<PageWithCounts> = ({ rows, counts }) => ({ rows, counts });

/** The repository, noting each statement that reads rows ('rows') and each question asked alone ('asked'). */
function noting() {
  const calls: ('rows' | 'asked')[] = [];
  const rows = <A extends unknown[], R>(read: (...args: A) => Promise<R>) => {
    return (...args: A) => {
      calls.push('rows');
      return read(...args);
    };
  };
  const repository: ReviewQueueRepository = {
    ...repo,
    pageWithCounts: rows(repo.pageWithCounts),
    pageIfCountsHold: rows(repo.pageIfCountsHold),
    page: rows(repo.page),
    changedSince: (snapshot) => {
      calls.push('asked');
      return repo.changedSince(snapshot);
    },
  };
  return { repository, calls };
}

/** A reviewer's account, as claims name it. */
async function reviewer(name: string) {
  const { account } = await signedInClient(t.app, t.db, 'REVIEWER');
  return t.db.account.update({ where: { id: account.id }, data: { displayName: name } });
}

describe('a review queue’s first page kept whole', () => {
  it('is served after one question while nothing it shows has changed, as the same frozen answer', async () => {
    const { repository, calls } = noting();
    const pages = createQueuePages(repository, options, asRead);
    await waitingFilings(t, [{ slaDueAt: later(30) }, { slaDueAt: later(-5) }]);
    const first = await pages.answer(at(0), 50, undefined);
    expect(first.rows).toHaveLength(2);
    expect(Object.isFrozen(first) && Object.isFrozen(first.rows[0])).toBe(true);
    expect(isKeptAnswer(first)).toBe(true);
    expect(await pages.answer(at(1_000), 50, undefined)).toBe(first);
    expect(await pages.answer(at(minutes(29)), 50, undefined)).toBe(first);
    expect(calls).toEqual(['rows', 'asked', 'asked']);
  });

  it('answers a page read again with a new answer, and a page after a cursor with one never kept', async () => {
    const pages = createQueuePages(repo, options, asRead);
    const [filing] = await waitingFilings(t, [{ slaDueAt: later(30) }, { slaDueAt: later(40) }]);
    const first = await pages.answer(at(0), 50, undefined);
    const { version } = await t.db.filing.update({ where: { id: filing?.id }, data: { version: { increment: 1 } } });
    const second = await pages.answer(at(1), 50, undefined);
    expect(second).not.toBe(first);
    expect(second).toEqual({ ...first, rows: [{ ...first.rows[0], version }, first.rows[1]] });
    expect(await pages.answer(at(2), 50, undefined)).toBe(second);
    const after = await pages.answer(at(3), 50, filing?.id);
    expect([Object.isFrozen(after), isKeptAnswer(after)]).toEqual([false, false]);
    expect(await pages.answer(at(4), 50, filing?.id)).not.toBe(after);
  });

  it('holds after a change to a filing outside the review queues', async () => {
    const { repository, calls } = noting();
    const pages = createQueuePages(repository, options, asRead);
    await waitingFilings(t, [{ slaDueAt: later(30) }]);
    const [draft] = await waitingFilings(t, [{ slaDueAt: later(10), status: 'DRAFT' }]);
    const first = await pages.answer(at(0), 50, undefined);
    await t.db.filing.update({ where: { id: draft?.id }, data: { province: '11', version: { increment: 1 } } });
    expect(await pages.answer(at(1), 50, undefined)).toEqual(first);
    expect(calls).toEqual(['rows', 'asked']);
  });

  it.each([
    ['claimed', (id: string) => ({ claimedById: id, claimExpiresAt: later(30) })],
    ['given a new version', () => ({ version: { increment: 1 } })],
    ['resubmitted', () => ({ submittedAt: later(1) })],
  ])('is read again after a filing it shows is %s', async (_, change) => {
    const { repository, calls } = noting();
    const pages = createQueuePages(repository, options, asRead);
    const [filing] = await waitingFilings(t, [{ slaDueAt: later(30) }]);
    const claimant = await reviewer('审核员甲');
    await pages.answer(at(0), 50, undefined);
    const updated = await t.db.filing.update({ where: { id: filing?.id }, data: change(claimant.id) });
    const [row] = (await pages.answer(at(1), 50, undefined)).rows;
    expect(row).toMatchObject({
      version: updated.version,
      submittedAt: updated.submittedAt?.toISOString(),
      claimExpiresAt: updated.claimExpiresAt?.toISOString() ?? null,
      claimedBy: updated.claimedById ? { id: claimant.id, displayName: '审核员甲' } : null,
    });
    expect(calls).toEqual(['rows', 'asked', 'rows', 'rows']);
  });

  it('is read again after its claimant’s name or a renewal or release of the claim changes', async () => {
    const pages = createQueuePages(repo, options, asRead);
    const claimant = await reviewer('审核员乙');
    const [filing] = await waitingFilings(t, [
      { slaDueAt: later(30), claimedById: claimant.id, claimExpiresAt: later(20) },
    ]);
    const claimOf = async (ms: number) => (await pages.answer(at(ms), 50, undefined)).rows[0];
    expect(await claimOf(0)).toMatchObject({ claimedBy: { displayName: '审核员乙' } });
    await t.db.account.update({ where: { id: claimant.id }, data: { displayName: '审核员丙' } });
    expect(await claimOf(1)).toMatchObject({ claimedBy: { displayName: '审核员丙' } });
    await t.db.filing.update({ where: { id: filing?.id }, data: { claimExpiresAt: later(50) } });
    expect(await claimOf(2)).toMatchObject({ claimExpiresAt: later(50).toISOString() });
    await t.db.filing.update({ where: { id: filing?.id }, data: { claimedById: null, claimExpiresAt: null } });
    expect(await claimOf(3)).toMatchObject({ claimedBy: null, claimExpiresAt: null });
  });

  it('is read again when the clock reaches the end of a claim it shows, the next due time, or goes back', async () => {
    const { repository, calls } = noting();
    const pages = createQueuePages(repository, options, asRead);
    const claimant = await reviewer('审核员丁');
    await waitingFilings(t, [
      { slaDueAt: later(30), claimedById: claimant.id, claimExpiresAt: later(10) },
      { slaDueAt: later(60) },
    ]);
    const read = async (ms: number) => {
      await pages.answer(at(ms), 50, undefined);
      return calls.splice(0).join(' ');
    };
    expect(await read(0)).toBe('rows');
    expect(await read(minutes(10) - 1)).toBe('asked');
    // The claim shown ends: the page is read again (with the counts kept) though nothing was written.
    expect(await read(minutes(10))).toBe('rows');
    expect(await read(minutes(30) - 1)).toBe('asked');
    // A filing falls due: counts and page read afresh, and once more after it (due is not yet overdue).
    expect(await read(minutes(30))).toBe('rows');
    expect(await read(minutes(31))).toBe('rows');
    expect(await read(minutes(32))).toBe('asked');
    expect(await read(minutes(20))).toBe('rows');
  });

  it('is kept per filter and page size; pages after a cursor and a large queue’s pages are never kept', async () => {
    const { repository, calls } = noting();
    const pages = createQueuePages(repository, { ...options, largeQueue: 3 }, asRead);
    const filings = await waitingFilings(t, [
      { slaDueAt: later(10), province: '44' },
      { slaDueAt: later(20), province: '36' },
    ]);
    const ids = async (f: QueueFilter, limit: number, cursor?: string) =>
      (await pages.answer(f, limit, cursor)).rows.map((r) => r.id);
    expect(await ids(at(0), 50)).toEqual(filings.map((f) => f.id));
    expect(await ids(at(1), 1)).toEqual(filings.map((f) => f.id));
    expect(await ids(at(2, { province: '36' }), 50)).toEqual([filings[1]?.id]);
    expect(await ids(at(3), 1)).toEqual(filings.map((f) => f.id));
    expect(calls.splice(0)).toEqual(['rows', 'rows', 'rows', 'asked']);
    expect(await ids(at(4), 50, filings[0]?.id)).toEqual([filings[1]?.id]);
    expect(await ids(at(5), 50, filings[0]?.id)).toEqual([filings[1]?.id]);
    expect(calls.splice(0)).toEqual(['rows', 'rows']);

    await waitingFilings(t, [{ slaDueAt: later(30) }]);
    await pages.answer(at(6), 50, undefined);
    await pages.answer(at(7), 50, undefined);
    // The question finds the new filing; with it the queue is large, and its pages are read each time.
    expect(calls.splice(0)).toEqual(['asked', 'rows', 'rows', 'rows']);
  });

  it('keeps at most maxPages first pages, the oldest kept going first', async () => {
    const { repository, calls } = noting();
    const pages = createQueuePages(repository, options, asRead);
    await waitingFilings(
      t,
      ['11', '31', '44', '36'].map((province) => ({ slaDueAt: later(10), province })),
    );
    for (const [ms, province] of [
      [0, '11'],
      [1, '31'],
      [2, '44'],
      [3, '36'],
      [4, '31'],
      [5, '11'],
    ] as const)
      await pages.answer(at(ms, { province }), 50, undefined);
    expect(calls).toEqual(['rows', 'rows', 'rows', 'rows', 'asked', 'rows']);
  });
});

describe('GET /api/review/queue, its first page kept', () => {
  it('shows another reviewer’s claim on reload, drops it when the lease lapses, and turns overdue on time', async () => {
    const [filing] = await waitingFilings(t, [{ slaDueAt: later(90) }]);
    const watcher = await signedInClient(t.app, t.db, 'REVIEWER');
    const claimer = await signedInClient(t.app, t.db, 'REVIEWER');
    const first = async () => (await watcher.client.get('/api/review/queue?stage=INITIAL')).json().items[0];
    expect(await first()).toMatchObject({ id: filing?.id, claimedBy: null });
    expect(await first()).toMatchObject({ id: filing?.id, claimedBy: null });

    const claim = await claimer.client.post('/api/review/claim-next', { stage: 'INITIAL' });
    expect(claim.json().filing.id).toBe(filing?.id);
    expect(await first()).toMatchObject({
      claimedBy: { id: claimer.account.id },
      claimExpiresAt: later(30).toISOString(),
    });
    clock.set(new Date(later(30).getTime() - 1));
    expect(await first()).toMatchObject({ claimedBy: { id: claimer.account.id } });
    clock.set(later(30));
    expect(await first()).toMatchObject({ id: filing?.id, claimedBy: null, claimExpiresAt: null });
    clock.set(later(90));
    expect(await first()).toMatchObject({ overdue: false });
    clock.set(new Date(later(90).getTime() + 1));
    expect(await first()).toMatchObject({ overdue: true });
  });
});
