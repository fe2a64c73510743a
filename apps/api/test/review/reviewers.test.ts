// The reviewer list an admin reassigns from: active reviewers and admins only, each with the claims it holds now,
// and the counts follow a reassignment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInClient } from '../helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';
import { minutes, waitingFilings } from './review-fixtures.ts';

const start = new Date('2026-11-30T02:00:00Z');
const clock = manualClock(start);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

const lease = (reviewerId: string, fromNow: number) => ({
  claimedById: reviewerId,
  claimExpiresAt: new Date(clock.now().getTime() + fromNow),
});

describe('GET /api/review/reviewers', () => {
  it('lists active reviewers and admins by name with their live claims, and follows a reassignment', async () => {
    const admin = await signedInClient(t.app, t.db, 'ADMIN');
    const busy = await signedInClient(t.app, t.db, 'REVIEWER');
    const idle = await signedInClient(t.app, t.db, 'REVIEWER');
    const applicant = await signedInClient(t.app, t.db, 'APPLICANT');
    const operator = await signedInClient(t.app, t.db, 'OPERATOR');
    const gone = await signedInClient(t.app, t.db, 'REVIEWER');
    await t.db.account.update({ where: { id: gone.account.id }, data: { active: false } });
    // Names chosen so the pinyin order (Chen, Li, Wang) differs from the creation order.
    await t.db.account.update({ where: { id: admin.account.id }, data: { displayName: '王管理' } });
    await t.db.account.update({ where: { id: busy.account.id }, data: { displayName: '陈审核' } });
    await t.db.account.update({ where: { id: idle.account.id }, data: { displayName: '李审核' } });
    // The app's session cache has heard of these changes before the next request (docs/decisions/042).
    await t.app.sessionCache.settle();

    const [first, , , rejected] = await waitingFilings(t, [
      { slaDueAt: start, ...lease(busy.account.id, minutes(20)) },
      { slaDueAt: start, ...lease(busy.account.id, minutes(5)) },
      { slaDueAt: start, ...lease(idle.account.id, -minutes(1)) },
      // A lease left on a filing that has left review is not a claim anyone works on.
      { slaDueAt: start, ...lease(idle.account.id, minutes(20)), status: 'INITIAL_REJECTED' },
    ]);
    expect(rejected?.status).toBe('INITIAL_REJECTED');

    const list = async () => {
      const res = await admin.client.get('/api/review/reviewers');
      expect(res.statusCode).toBe(200);
      return res.json().reviewers as { id: string; displayName: string; role: string; activeClaims: number }[];
    };
    const reviewers = await list();
    expect(reviewers).toEqual([
      {
        id: busy.account.id,
        displayName: '陈审核',
        email: busy.account.email,
        role: 'REVIEWER',
        activeClaims: 2,
      },
      { id: idle.account.id, displayName: '李审核', email: idle.account.email, role: 'REVIEWER', activeClaims: 0 },
      { id: admin.account.id, displayName: '王管理', email: admin.account.email, role: 'ADMIN', activeClaims: 0 },
    ]);
    const listed = reviewers.map((r) => r.id);
    for (const absent of [applicant, operator, gone]) expect(listed).not.toContain(absent.account.id);

    const assigned = await admin.client.post(`/api/review/filings/${first?.id}/assign`, {
      reviewerId: idle.account.id,
    });
    expect(assigned.statusCode).toBe(200);
    const counts = async () => Object.fromEntries((await list()).map((r) => [r.displayName, r.activeClaims]));
    expect(await counts()).toEqual({ 陈审核: 1, 李审核: 1, 王管理: 0 });

    // The 5-minute lease lapses by itself: no write, yet it no longer counts.
    clock.advance(minutes(6));
    expect(await counts()).toEqual({ 陈审核: 0, 李审核: 1, 王管理: 0 });
  });

  it('is for admins only', async () => {
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const refused = await reviewer.client.get('/api/review/reviewers');
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/review/reviewers' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('is in the OpenAPI document', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(doc.json().paths['/api/review/reviewers']?.get?.tags).toEqual(['review']);
  });
});
