// The queue page's one statement (decision 044): each row's fields and claimant, the order with filings that have no
// due time, the counts beside a filtered page, and the cursor.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signedInClient } from '../helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';
import { minutes, waitingFilings } from './review-fixtures.ts';

const now = new Date('2026-11-30T02:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: manualClock(now) });
});
afterAll(() => t.close());
beforeEach(async () => {
  // Each test starts from empty queues.
  await t.db.filing.updateMany({
    where: { status: { in: ['INITIAL_REVIEW', 'SECOND_REVIEW'] } },
    data: { status: 'ABANDONED' },
  });
});

const at = (offsetMinutes: number, extraMs = 0) => new Date(now.getTime() + minutes(offsetMinutes) + extraMs);
const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

describe('GET /api/review/queue, one page', () => {
  it('answers each row with its times to the millisecond, its version and a live claimant; a lapsed claim as free', async () => {
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const [held, lapsed] = await waitingFilings(t, [
      { slaDueAt: at(-20, 123), submittedAt: at(-600, 7), province: '36', nature: 'ENTERPRISE', version: 3 },
      { slaDueAt: at(45, 999), submittedAt: at(-300) },
    ]);
    await t.db.filing.update({
      where: { id: held?.id },
      data: { claimedById: reviewer.account.id, claimExpiresAt: at(25, 456) },
    });
    await t.db.filing.update({
      where: { id: lapsed?.id },
      data: { claimedById: reviewer.account.id, claimExpiresAt: at(-1, 1) },
    });

    const page = (await reviewer.client.get('/api/review/queue?stage=INITIAL')).json();
    expect(page.items).toEqual([
      {
        id: held?.id,
        orderNo: held?.orderNo,
        version: 3,
        province: '36',
        nature: 'ENTERPRISE',
        type: 'ACCESS',
        status: 'INITIAL_REVIEW',
        submittedAt: '2026-11-29T16:00:00.007Z',
        slaDueAt: '2026-11-30T01:40:00.123Z',
        overdue: true,
        claimedBy: { id: reviewer.account.id, displayName: reviewer.account.displayName },
        claimExpiresAt: '2026-11-30T02:25:00.456Z',
      },
      {
        id: lapsed?.id,
        orderNo: lapsed?.orderNo,
        version: 1,
        province: '44',
        nature: 'PERSONAL',
        type: 'ACCESS',
        status: 'INITIAL_REVIEW',
        submittedAt: '2026-11-29T21:00:00.000Z',
        slaDueAt: '2026-11-30T02:45:00.999Z',
        overdue: false,
        claimedBy: null,
        claimExpiresAt: null,
      },
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it('lists the second review under its stage, and filings with no due time last, paged by id', async () => {
    const [dueLater, dueSoon, undatedA, undatedB] = await waitingFilings(t, [
      { slaDueAt: at(60), status: 'SECOND_REVIEW' },
      { slaDueAt: at(5), status: 'SECOND_REVIEW' },
      { slaDueAt: at(0), status: 'SECOND_REVIEW' },
      { slaDueAt: at(0), status: 'SECOND_REVIEW' },
    ]);
    await waitingFilings(t, [{ slaDueAt: at(1) }]);
    await t.db.filing.updateMany({
      where: { id: { in: [undatedA?.id ?? '', undatedB?.id ?? ''] } },
      data: { slaDueAt: null },
    });
    const undated = [undatedA?.id, undatedB?.id].sort();
    const { client } = await signedInClient(t.app, t.db, 'REVIEWER');

    const all = (await client.get('/api/review/queue?stage=SECOND')).json();
    expect(ids(all)).toEqual([dueSoon?.id, dueLater?.id, ...undated]);
    expect(all.items[2]).toMatchObject({ slaDueAt: null, overdue: false, status: 'SECOND_REVIEW' });
    expect(all.counts).toEqual({ total: 4, overdue: 0, byProvince: [{ province: '44', count: 4 }] });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await client.get(`/api/review/queue?stage=SECOND&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      const page: { items: { id: string }[]; nextCursor: string | null } = res.json();
      expect(page.items).toHaveLength(1);
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(ids(all));
  });

  it('counts under every filter but the overdue one (byProvince under all but the province) beside the filtered page', async () => {
    const [late44, soon44, late31, soon31, lateOrg44, dueNow31] = await waitingFilings(t, [
      { slaDueAt: at(-50), province: '44' },
      { slaDueAt: at(30), province: '44' },
      { slaDueAt: at(-40), province: '31' },
      { slaDueAt: at(20), province: '31' },
      { slaDueAt: at(-10), province: '44', nature: 'ENTERPRISE' },
      // Due this very millisecond: not yet overdue.
      { slaDueAt: at(0), province: '31' },
    ]);
    await waitingFilings(t, [{ slaDueAt: at(-90), province: '11', status: 'SECOND_REVIEW' }]);
    const { client } = await signedInClient(t.app, t.db, 'REVIEWER');
    const byProvince = [
      { province: '31', count: 3 },
      { province: '44', count: 3 },
    ];

    const overdue44 = (await client.get('/api/review/queue?province=44&overdue=true')).json();
    expect(ids(overdue44)).toEqual([late44?.id, lateOrg44?.id]);
    expect(overdue44.counts).toEqual({ total: 3, overdue: 2, byProvince });
    expect(overdue44.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);

    const onTime = (await client.get('/api/review/queue?overdue=false')).json();
    expect(ids(onTime)).toEqual([dueNow31?.id, soon31?.id, soon44?.id]);
    expect(onTime.items[0].overdue).toBe(false);
    expect(onTime.counts).toEqual({ total: 6, overdue: 3, byProvince });

    const personal31 = (await client.get('/api/review/queue?province=31&nature=PERSONAL')).json();
    expect(ids(personal31)).toEqual([late31?.id, dueNow31?.id, soon31?.id]);
    expect(personal31.counts).toEqual({
      total: 3,
      overdue: 1,
      byProvince: [
        { province: '31', count: 3 },
        { province: '44', count: 2 },
      ],
    });

    const enterprise = (await client.get('/api/review/queue?nature=ENTERPRISE')).json();
    expect(ids(enterprise)).toEqual([lateOrg44?.id]);
    expect(enterprise.counts).toEqual({ total: 1, overdue: 1, byProvince: [{ province: '44', count: 1 }] });

    const none = (await client.get('/api/review/queue?province=65')).json();
    expect(none).toEqual({ items: [], nextCursor: null, counts: { total: 0, overdue: 0, byProvince } });
  });

  it('goes on after a cursor whose filing has left the queue, and gives an empty page for an unknown cursor', async () => {
    const [first, second, third] = await waitingFilings(t, [
      { slaDueAt: at(10) },
      { slaDueAt: at(20) },
      { slaDueAt: at(30) },
    ]);
    const { client } = await signedInClient(t.app, t.db, 'REVIEWER');
    const page = (await client.get('/api/review/queue?limit=2')).json();
    expect(ids(page)).toEqual([first?.id, second?.id]);
    expect(page.nextCursor).toBe(second?.id);

    await t.db.filing.update({ where: { id: second?.id }, data: { status: 'PHOTO_PENDING' } });
    const next = (await client.get(`/api/review/queue?limit=2&cursor=${page.nextCursor}`)).json();
    expect(ids(next)).toEqual([third?.id]);
    expect(next.nextCursor).toBeNull();
    expect(next.counts.total).toBe(2);

    const unknown = (await client.get('/api/review/queue?cursor=00000000-0000-4000-8000-000000000000')).json();
    expect(unknown.items).toEqual([]);
    expect(unknown.counts.total).toBe(2);
  });
});
