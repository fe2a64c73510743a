// Kept queue counts asked about by snapshot (docs/decisions/055), on the real database and its triggers: a page read
// with the snapshot of counts read before comes back while nothing they count has changed, and not after any
// committed change to what they count or a page shows (a claim, a new version, a claimant's new name), whoever wrote
// it and however (a transaction open across the earlier read included); changes outside the queues do not count; the
// change log has a row per changing transaction and is purged by transaction age.
import { describe, expect, it } from 'vitest';
import { sqlOf } from '../../src/infra/db.ts';
import { createReviewQueueRepository, type QueueFilter } from '../../src/modules/review/review-queue.repository.ts';
import { createQueueChangesPurge } from '../../src/modules/review/review-queue-changes.ts';
import { minutes, queueRepositoryPerFile, waitingFilings } from './review-fixtures.ts';

const start = new Date('2026-11-30T02:00:00Z');
const file = queueRepositoryPerFile();

const filter: QueueFilter = { status: 'INITIAL_REVIEW', now: start };
const dueIn = (m: number) => new Date(start.getTime() + minutes(m));
/** Two filings waiting in Guangdong, one of them overdue; the snapshot of their counts. */
async function countedQueue() {
  const rows = await waitingFilings(file.t, [
    { slaDueAt: dueIn(-5), province: '44' },
    { slaDueAt: dueIn(30), province: '44' },
  ]);
  const read = await file.repo.pageWithCounts(filter, 50, undefined);
  expect(read.counted).toEqual({
    counts: [{ province: '44', count: 2, overdue: 1 }],
    nextDueAt: dueIn(30).toISOString(),
  });
  return { rows, snapshot: read.snapshot };
}
/** The page if the counts read in `snapshot` still hold, else null. */
const pageIfHeld = (snapshot: string) => file.repo.pageIfCountsHold(filter, 50, undefined, snapshot);
/** The counts once the second filing alone waits. */
const secondAlone = { counts: [{ province: '44', count: 1, overdue: 0 }], nextDueAt: dueIn(30).toISOString() };
/** The counts as read afresh now. */
const countsNow = async () => (await file.repo.pageWithCounts(filter, 50, undefined)).counted;

describe('kept review queue counts, asked about by snapshot', () => {
  it('hold while nothing they count changed, and the page comes with the answer', async () => {
    const { rows, snapshot } = await countedQueue();
    expect(snapshot).toMatch(/^\d+:\d+:/);
    const page = await pageIfHeld(snapshot);
    expect(page?.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(page).toEqual((await file.repo.pageWithCounts(filter, 50, undefined)).rows);
  });

  it('are counted again after a filing enters the queue', async () => {
    const { snapshot } = await countedQueue();
    await waitingFilings(file.t, [{ slaDueAt: dueIn(10), province: '31' }]);
    expect(await pageIfHeld(snapshot)).toBeNull();
    expect(await countsNow()).toEqual({
      counts: [
        { province: '31', count: 1, overdue: 0 },
        { province: '44', count: 2, overdue: 1 },
      ],
      nextDueAt: dueIn(10).toISOString(),
    });
  });

  const both = [{ province: '44', count: 2, overdue: 1 }];
  it.each([
    ['leaves the queue', { status: 'ABANDONED' as const }, [{ province: '44', count: 1, overdue: 1 }], null],
    [
      'moves to another province',
      { province: '11' },
      [
        { province: '11', count: 1, overdue: 0 },
        { province: '44', count: 1, overdue: 1 },
      ],
      30,
    ],
    // Counted under a nature or type filter, so counted again; this page filters neither.
    ['gets another nature', { nature: 'ENTERPRISE' as const }, both, 30],
    ['gets another type', { type: 'NEW_WEBSITE' as const }, both, 30],
    ['falls due sooner', { slaDueAt: dueIn(-1) }, [{ province: '44', count: 2, overdue: 2 }], null],
  ])('are counted again after a waiting filing %s', async (_, change, counts, nextDue) => {
    const { rows, snapshot } = await countedQueue();
    await file.t.db.filing.update({ where: { id: rows[1]?.id }, data: change });
    expect(await pageIfHeld(snapshot)).toBeNull();
    expect(await countsNow()).toEqual({
      counts,
      nextDueAt: nextDue === null ? null : dueIn(nextDue).toISOString(),
    });
  });

  it('are counted again after a waiting filing is deleted', async () => {
    const { rows, snapshot } = await countedQueue();
    await file.t.db.filing.delete({ where: { id: rows[0]?.id } });
    expect(await pageIfHeld(snapshot)).toBeNull();
    expect(await countsNow()).toEqual(secondAlone);
  });

  it('hold after a change to a filing outside the queues', async () => {
    const { snapshot } = await countedQueue();
    const [outside] = await waitingFilings(file.t, [{ slaDueAt: dueIn(5), status: 'DRAFT' }]);
    const after = await file.repo.pageWithCounts(filter, 50, undefined);
    await file.t.db.filing.update({
      where: { id: outside?.id },
      data: { province: '11', slaDueAt: dueIn(60), claimExpiresAt: dueIn(30), version: { increment: 1 } },
    });
    expect(await pageIfHeld(after.snapshot)).toHaveLength(2);
    expect(await file.repo.changedSince(after.snapshot)).toBe(false);
    // The draft's creation was no queue change either.
    expect(await pageIfHeld(snapshot)).toHaveLength(2);
  });

  // What a page shows of a waiting filing beside what the counts count (decision 056): a change to it is a change.
  it.each([
    ['claimed', { claimExpiresAt: dueIn(30) }],
    ['given a new version', { version: { increment: 1 } }],
    ['resubmitted', { submittedAt: dueIn(1) }],
  ])('do not hold after a waiting filing is %s', async (_, change) => {
    const { rows, snapshot } = await countedQueue();
    expect(await file.repo.changedSince(snapshot)).toBe(false);
    await file.t.db.filing.update({ where: { id: rows[0]?.id }, data: change });
    expect(await pageIfHeld(snapshot)).toBeNull();
    expect(await file.repo.changedSince(snapshot)).toBe(true);
  });

  it('do not hold after an account’s display name changes, and hold after another change to it', async () => {
    const { snapshot } = await countedQueue();
    const account = await file.t.db.account.findFirstOrThrow();
    await file.t.db.account.update({ where: { id: account.id }, data: { active: account.active } });
    await file.t.db.account.update({ where: { id: account.id }, data: { displayName: account.displayName } });
    expect(await file.repo.changedSince(snapshot)).toBe(false);
    await file.t.db.account.update({
      where: { id: account.id },
      data: { displayName: `${account.displayName}（新）` },
    });
    expect(await file.repo.changedSince(snapshot)).toBe(true);
  });

  it('do not hold after a change whose transaction was open when they were read and committed after', async () => {
    const { rows } = await countedQueue();
    let during = '';
    await file.t.db.$transaction(async (tx) => {
      await tx.filing.update({ where: { id: rows[0]?.id }, data: { status: 'ABANDONED' } });
      // A later transaction that ends first: the open one's id is then below the next snapshot's xmax, listed in it
      // as in progress (a look at ids from xmax on alone would miss it).
      await file.t.db.$executeRaw`SELECT pg_current_xact_id()`;
      // Read on another connection while the change is not committed: the counts do not include it yet.
      const read = await file.repo.pageWithCounts(filter, 50, undefined);
      expect(read.counted?.counts).toEqual([{ province: '44', count: 2, overdue: 1 }]);
      during = read.snapshot;
      // They hold while the change is still open.
      expect(await pageIfHeld(during)).toHaveLength(2);
    });
    expect(await pageIfHeld(during)).toBeNull();
    expect(await countsNow()).toEqual(secondAlone);
  });

  it('hold after a change that rolled back', async () => {
    const { rows, snapshot } = await countedQueue();
    await expect(
      file.t.db.$transaction(async (tx) => {
        await tx.filing.update({ where: { id: rows[0]?.id }, data: { status: 'ABANDONED' } });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await pageIfHeld(snapshot)).toHaveLength(2);
  });

  it('do not hold when read in a snapshot too many transactions ago', async () => {
    const { snapshot } = await countedQueue();
    const strict = createReviewQueueRepository(sqlOf(file.t.db), { trustedSpan: 3 });
    expect(await strict.pageIfCountsHold(filter, 50, undefined, snapshot)).toHaveLength(2);
    expect(await strict.changedSince(snapshot)).toBe(false);
    // Transactions that change nothing the queues count still move the newest transaction id on.
    for (let i = 0; i < 4; i += 1) await file.t.db.$executeRaw`SELECT pg_current_xact_id()`;
    expect(await strict.pageIfCountsHold(filter, 50, undefined, snapshot)).toBeNull();
    expect(await strict.changedSince(snapshot)).toBe(true);
    expect(await pageIfHeld(snapshot)).toHaveLength(2);
  });

  it('of an empty queue are read afresh: an empty page carries no answer', async () => {
    const read = await file.repo.pageWithCounts(filter, 50, undefined);
    expect(read).toMatchObject({ rows: [], counted: { counts: [], nextDueAt: null } });
    expect(await pageIfHeld(read.snapshot)).toBeNull();
  });
});

describe('the review queues’ change log', () => {
  const changes = async () =>
    (await file.t.db.$queryRaw<{ xid: bigint }[]>`SELECT "xid" FROM "ReviewQueueChange" ORDER BY "xid"`).map(
      (r) => r.xid,
    );

  it('keeps one row per transaction that changes a queue, however many filings it changes', async () => {
    await waitingFilings(file.t, [{ slaDueAt: dueIn(5) }, { slaDueAt: dueIn(6) }]);
    const before = await changes();
    await file.t.db.$transaction(async (tx) => {
      await tx.filing.updateMany({ where: { status: 'INITIAL_REVIEW' }, data: { status: 'SECOND_REVIEW' } });
      await tx.filing.updateMany({ where: { status: 'SECOND_REVIEW' }, data: { slaDueAt: dueIn(7) } });
    });
    expect(await changes()).toHaveLength(before.length + 1);
  });

  it('loses to the purge the rows `behind` or more transactions before the newest, in batches', async () => {
    const xmax = async () =>
      BigInt(
        (await file.t.db.$queryRaw<{ x: string }[]>`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x`)[0]?.x ??
          0,
      );
    await createQueueChangesPurge(sqlOf(file.t.db), { behind: 0 })();
    expect(await changes()).toEqual([]);
    // Rows written as the triggers write them, at known distances from the newest transaction (one far ahead).
    const x = await xmax();
    const old = [10n, 9n, 8n, 7n, 6n].map((d) => x - d);
    for (const xid of [...old, x + 1_000n])
      await file.t.db.$executeRaw`INSERT INTO "ReviewQueueChange" ("xid") VALUES (${xid})`;

    expect(await createQueueChangesPurge(sqlOf(file.t.db), { behind: 5, batchSize: 2 })()).toBe(old.length);
    expect(await changes()).toEqual([x + 1_000n]);
  });

  it('is purged on the job runner as review.purge-queue-changes', async () => {
    const job = file.t.app.backgroundJobs.list.find((j) => j.name === 'review.purge-queue-changes');
    expect(job?.intervalMs).toBe(60 * 60_000);
    // Nothing in a test database is a million transactions old.
    expect(await job?.run()).toBe(0);
  });
});
