// Claim-next hands each waiting filing to one reviewer only; the 30-minute lease is renewed, released, lapses by
// itself, and an admin can hand the filing to someone else (audit-logged).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
beforeEach(async () => {
  // Each test starts from an empty queue.
  await t.db.filing.updateMany({ where: { status: 'INITIAL_REVIEW' }, data: { status: 'ABANDONED' } });
});

describe('POST /api/review/claim-next', () => {
  it('gives 10 waiting filings to 20 concurrent calls as 10 distinct claims and 10 "nothing to claim"', async () => {
    const filings = await waitingFilings(
      t,
      Array.from({ length: 10 }, (_, i) => ({ slaDueAt: new Date(start.getTime() + minutes(i)) })),
    );
    const reviewers = await Promise.all(Array.from({ length: 5 }, () => signedInClient(t.app, t.db, 'REVIEWER')));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        reviewers[i % 5]?.client.post('/api/review/claim-next', { stage: 'INITIAL' }),
      ),
    );
    expect(results.map((r) => r?.statusCode)).toEqual(Array(20).fill(200));
    const claimed = results.map((r) => r?.json().filing).filter((f) => f !== null);
    expect(claimed).toHaveLength(10);
    expect(new Set(claimed.map((f) => f.id))).toEqual(new Set(filings.map((f) => f.id)));
    const rows = await t.db.filing.findMany({ where: { id: { in: filings.map((f) => f.id) } } });
    expect(rows.every((r) => r.claimedById !== null)).toBe(true);
  });

  it('claims within the queue filters: the most urgent filing of that province, nature, type, or overdue', async () => {
    const [beijing, jiangxi, jiangxiOrg, jiangxiLater] = await waitingFilings(t, [
      { slaDueAt: new Date(start.getTime() - minutes(30)), province: '11', nature: 'PERSONAL' },
      { slaDueAt: new Date(start.getTime() + minutes(10)), province: '36', nature: 'PERSONAL' },
      { slaDueAt: new Date(start.getTime() - minutes(20)), province: '36', nature: 'ENTERPRISE' },
      { slaDueAt: new Date(start.getTime() + minutes(40)), province: '36', nature: 'PERSONAL' },
    ]);
    const { client } = await signedInClient(t.app, t.db, 'REVIEWER');
    const claim = async (body: object) =>
      (await client.post('/api/review/claim-next', { stage: 'INITIAL', ...body })).json().filing?.id ?? null;

    expect(await claim({ province: '36', nature: 'PERSONAL' })).toBe(jiangxi?.id);
    expect(await claim({ province: '36', overdue: true })).toBe(jiangxiOrg?.id);
    expect(await claim({ province: '36', overdue: true })).toBeNull();
    expect(await claim({ province: '36', type: 'ACCESS' })).toBe(jiangxiLater?.id);
    expect(await claim({ province: '36' })).toBeNull();
    expect(await claim({})).toBe(beijing?.id);

    const bad = await client.post('/api/review/claim-next', { stage: 'INITIAL', province: 'Jiangxi', colour: 'red' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
  });

  it('claims the most urgent filing, shows the claim in the queue, and returns it when the lease lapses', async () => {
    const [urgent, later] = await waitingFilings(t, [
      { slaDueAt: new Date(start.getTime() - minutes(5)) },
      { slaDueAt: new Date(start.getTime() + minutes(60)) },
    ]);
    const first = await signedInClient(t.app, t.db, 'REVIEWER');
    const second = await signedInClient(t.app, t.db, 'REVIEWER');

    const claim = (await first.client.post('/api/review/claim-next', { stage: 'INITIAL' })).json();
    expect(claim.filing).toMatchObject({ id: urgent?.id, claimedBy: { id: first.account.id } });
    const queued = (await second.client.get('/api/review/queue')).json();
    expect(queued.items[0].claimedBy).toEqual({ id: first.account.id, displayName: first.account.displayName });
    expect((await second.client.post('/api/review/claim-next', { stage: 'INITIAL' })).json().filing.id).toBe(later?.id);
    expect((await second.client.post('/api/review/claim-next', { stage: 'SECOND' })).json()).toEqual({ filing: null });

    clock.advance(minutes(31));
    expect((await second.client.get('/api/review/queue')).json().items[0].claimedBy).toBeNull();
    const again = (await second.client.post('/api/review/claim-next', { stage: 'INITIAL' })).json();
    expect(again.filing.id).toBe(urgent?.id);
    const lapsed = await first.client.post(`/api/review/filings/${urgent?.id}/lease`);
    expect(lapsed.statusCode).toBe(409);
    expect(lapsed.json().code).toBe('LEASE_NOT_HELD');
  });
});

describe('the lease', () => {
  it('is renewed and released by its holder only', async () => {
    const [filing] = await waitingFilings(t, [{ slaDueAt: start }]);
    const holder = await signedInClient(t.app, t.db, 'REVIEWER');
    const other = await signedInClient(t.app, t.db, 'REVIEWER');
    await holder.client.post('/api/review/claim-next', { stage: 'INITIAL' });

    clock.advance(minutes(20));
    const renewed = await holder.client.post(`/api/review/filings/${filing?.id}/lease`);
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json().expiresAt).toBe(new Date(clock.now().getTime() + minutes(30)).toISOString());
    clock.advance(minutes(20));
    expect((await other.client.post('/api/review/claim-next', { stage: 'INITIAL' })).json().filing).toBeNull();

    expect((await other.client.post(`/api/review/filings/${filing?.id}/lease`)).statusCode).toBe(409);
    expect((await other.client.delete(`/api/review/filings/${filing?.id}/lease`)).statusCode).toBe(409);
    expect((await holder.client.delete(`/api/review/filings/${filing?.id}/lease`)).statusCode).toBe(204);
    expect((await other.client.post('/api/review/claim-next', { stage: 'INITIAL' })).json().filing.id).toBe(filing?.id);
  });

  it('is handed to another reviewer by an admin, with an audit entry', async () => {
    const [filing] = await waitingFilings(t, [{ slaDueAt: start }]);
    const holder = await signedInClient(t.app, t.db, 'REVIEWER');
    const next = await signedInClient(t.app, t.db, 'REVIEWER');
    const admin = await signedInClient(t.app, t.db, 'ADMIN');
    await holder.client.post('/api/review/claim-next', { stage: 'INITIAL' });

    const url = `/api/review/filings/${filing?.id}/assign`;
    expect((await holder.client.post(url, { reviewerId: next.account.id })).statusCode).toBe(403);
    const applicant = await signedInClient(t.app, t.db, 'APPLICANT');
    expect((await admin.client.post(url, { reviewerId: applicant.account.id })).statusCode).toBe(404);
    const res = await admin.client.post(url, { reviewerId: next.account.id });
    expect(res.statusCode).toBe(200);
    expect(res.json().claimedBy).toEqual({ id: next.account.id, displayName: next.account.displayName });
    expect((await holder.client.post(`/api/review/filings/${filing?.id}/lease`)).statusCode).toBe(409);
    expect((await next.client.post(`/api/review/filings/${filing?.id}/lease`)).statusCode).toBe(200);
    const entry = await t.db.auditLog.findFirst({ where: { action: 'review.assign', targetId: filing?.id } });
    expect(entry).toMatchObject({
      actorId: admin.account.id,
      targetType: 'filing',
      filingId: filing?.id,
      before: { reviewer: holder.account.displayName },
      after: { reviewer: next.account.displayName },
      detail: { orderNo: filing?.orderNo, from: holder.account.id, to: next.account.id },
    });
  });
});
