// The initial-review queue: most urgent first (overdue on top), filters, counts, and reviewers only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInClient } from '../helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';
import { minutes, waitingFilings } from './review-fixtures.ts';

const now = new Date('2026-11-30T02:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: manualClock(now) });
});
afterAll(() => t.close());

const at = (offsetMinutes: number) => new Date(now.getTime() + minutes(offsetMinutes));

describe('GET /api/review/queue', () => {
  it('lists the stage sorted by due time, overdue first, with counts per filter', async () => {
    const [later, overdue, soon, otherProvince] = await waitingFilings(t, [
      { slaDueAt: at(300), province: '44' },
      { slaDueAt: at(-30), province: '44', nature: 'ENTERPRISE' },
      { slaDueAt: at(10), province: '44' },
      { slaDueAt: at(-5), province: '31' },
    ]);
    await waitingFilings(t, [{ slaDueAt: at(-100), status: 'PHOTO_PENDING' }]);
    const { client } = await signedInClient(t.app, t.db, 'REVIEWER');

    const res = await client.get('/api/review/queue?stage=INITIAL');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([overdue?.id, otherProvince?.id, soon?.id, later?.id]);
    expect(body.items[0]).toMatchObject({
      orderNo: overdue?.orderNo,
      province: '44',
      nature: 'ENTERPRISE',
      type: 'ACCESS',
      overdue: true,
      slaDueAt: at(-30).toISOString(),
      claimedBy: null,
    });
    expect(body.items[2].overdue).toBe(false);
    expect(body.counts).toEqual({
      total: 4,
      overdue: 2,
      byProvince: [
        { province: '31', count: 1 },
        { province: '44', count: 3 },
      ],
    });
  });

  it('filters by province, nature, type and overdue, and pages with a cursor', async () => {
    const { client } = await signedInClient(t.app, t.db, 'ADMIN');
    const province = (await client.get('/api/review/queue?province=31')).json();
    expect(province.items).toHaveLength(1);
    expect(province.counts.total).toBe(1);
    expect(province.counts.byProvince).toHaveLength(2);

    const enterprise = (await client.get('/api/review/queue?nature=ENTERPRISE')).json();
    expect(enterprise.items.map((i: { nature: string }) => i.nature)).toEqual(['ENTERPRISE']);

    expect((await client.get('/api/review/queue?type=ACCESS')).json().items).toHaveLength(4);
    expect((await client.get('/api/review/queue?type=FIRST')).json().items).toEqual([]);

    const overdue = (await client.get('/api/review/queue?overdue=true')).json();
    expect(overdue.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    expect(overdue.items).toHaveLength(2);
    expect((await client.get('/api/review/queue?overdue=false')).json().items).toHaveLength(2);

    const first = (await client.get('/api/review/queue?limit=3')).json();
    expect(first.items).toHaveLength(3);
    const second = (await client.get(`/api/review/queue?limit=3&cursor=${first.nextCursor}`)).json();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
  });

  it('is closed to applicants and to the signed-out', async () => {
    const { client } = await signedInClient(t.app, t.db, 'APPLICANT');
    expect((await client.get('/api/review/queue')).statusCode).toBe(403);
    expect((await client.post('/api/review/claim-next', { stage: 'INITIAL' })).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/review/queue' });
    expect(anonymous.statusCode).toBe(401);
  });
});
