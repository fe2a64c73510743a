// The admin's accounts page: search and filters, one role per account taking effect at once, disabling that signs the
// account out everywhere, and the administrators the console cannot lose (its own, and the last one, even when two
// admins demote each other at the same moment). Every change is in the audit log with what it was and became.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInClient, TEST_PASSWORD } from '../helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';
import { photoPointRow } from '../photo-point/operator-fixtures.ts';
import { minutes, waitingFilings } from '../review/review-fixtures.ts';

const clock = manualClock();
let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInClient>>;

beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = await signedInClient(t.app, t.db, 'ADMIN');
});
afterAll(() => t.close());

const auditOf = (action: string, targetId: string) =>
  t.db.auditLog.findMany({ where: { action, targetId }, orderBy: { id: 'asc' } });

describe('the list', () => {
  it('searches email and name, filters by role and status, and pages', async () => {
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    await t.db.account.update({ where: { id: reviewer.account.id }, data: { displayName: '王审核' } });
    const byName = await admin.client.get(`/api/admin/accounts?q=${encodeURIComponent('王审')}`);
    expect(byName.statusCode).toBe(200);
    expect(byName.json().accounts.map((a: { id: string }) => a.id)).toEqual([reviewer.account.id]);
    expect(byName.json().accounts[0]).toMatchObject({ role: 'REVIEWER', active: true, photoPoint: null });

    const byEmail = await admin.client.get(`/api/admin/accounts?q=${reviewer.account.email.toUpperCase()}`);
    expect(byEmail.json().total).toBe(1);

    const reviewers = (await admin.client.get('/api/admin/accounts?role=REVIEWER')).json();
    expect(reviewers.accounts.every((a: { role: string }) => a.role === 'REVIEWER')).toBe(true);
    const inactive = (await admin.client.get('/api/admin/accounts?active=false')).json();
    expect(inactive.accounts.every((a: { active: boolean }) => !a.active)).toBe(true);

    const paged = (await admin.client.get('/api/admin/accounts?pageSize=1&page=2')).json();
    expect(paged).toMatchObject({ page: 2, pageSize: 1 });
    expect(paged.accounts).toHaveLength(1);
    expect(paged.total).toBeGreaterThanOrEqual(2);
  });

  it('is for admins only, who are asked before anything is validated', async () => {
    const anonymous = await signedInClient(t.app, t.db, 'APPLICANT');
    await anonymous.client.post('/api/auth/logout');
    expect((await anonymous.client.put(`/api/admin/accounts/not-an-id/role`, {})).statusCode).toBe(401);
    for (const role of ['APPLICANT', 'REVIEWER', 'OPERATOR'] as const) {
      const { client } = await signedInClient(t.app, t.db, role);
      expect((await client.get('/api/admin/accounts')).statusCode).toBe(403);
      expect((await client.put('/api/admin/accounts/not-an-id/role', {})).statusCode).toBe(403);
    }
  });
});

describe('a role change', () => {
  it('takes effect at once: a promoted applicant opens the review queue, and it is audited', async () => {
    const person = await signedInClient(t.app, t.db, 'APPLICANT');
    expect((await person.client.get('/api/review/dashboard')).statusCode).toBe(403);

    const res = await admin.client.put(`/api/admin/accounts/${person.account.id}/role`, { role: 'REVIEWER' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: person.account.id, role: 'REVIEWER' });
    expect((await person.client.get('/api/review/dashboard')).statusCode).toBe(200);
    expect((await person.client.get('/api/review/queue')).statusCode).toBe(200);
    expect((await person.client.get('/api/auth/me')).json().account.role).toBe('REVIEWER');

    const [entry] = await auditOf('account.role', person.account.id);
    expect(entry).toMatchObject({
      actorId: admin.account.id,
      targetType: 'account',
      before: { role: 'APPLICANT' },
      after: { role: 'REVIEWER' },
    });
    expect(entry?.requestId).toBeTruthy();
  });

  it('away from OPERATOR leaves the photo point', async () => {
    const point = await photoPointRow(t);
    const operator = await signedInClient(t.app, t.db, 'OPERATOR');
    await t.db.account.update({ where: { id: operator.account.id }, data: { photoPointId: point.id } });
    const listed = (await admin.client.get(`/api/admin/accounts?q=${operator.account.email}`)).json();
    expect(listed.accounts[0].photoPoint).toEqual({ id: point.id, name: point.name });

    const res = await admin.client.put(`/api/admin/accounts/${operator.account.id}/role`, { role: 'REVIEWER' });
    expect(res.json()).toMatchObject({ role: 'REVIEWER', photoPoint: null });
    const row = await t.db.account.findUniqueOrThrow({ where: { id: operator.account.id } });
    expect(row.photoPointId).toBeNull();
    const [entry] = await auditOf('account.role', operator.account.id);
    expect(entry).toMatchObject({
      before: { role: 'OPERATOR', photoPoint: point.name },
      after: { role: 'REVIEWER', photoPoint: null },
    });
  });

  it('refuses an admin their own ADMIN role, and an unknown role or account', async () => {
    const own = await admin.client.put(`/api/admin/accounts/${admin.account.id}/role`, { role: 'REVIEWER' });
    expect(own.statusCode).toBe(409);
    expect(own.json().code).toBe('OWN_ADMIN_ACCOUNT');
    expect((await admin.client.get('/api/auth/me')).json().account.role).toBe('ADMIN');

    const person = await signedInClient(t.app, t.db, 'APPLICANT');
    const bad = await admin.client.put(`/api/admin/accounts/${person.account.id}/role`, { role: 'ROOT' });
    expect(bad.statusCode).toBe(400);
    const unknown = await admin.client.put('/api/admin/accounts/00000000-0000-4000-8000-000000000000/role', {
      role: 'REVIEWER',
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('disabling', () => {
  it("ends the account's sessions at once, keeps it from signing in, and enabling lets it back", async () => {
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    expect((await reviewer.client.get('/api/review/dashboard')).statusCode).toBe(200);

    const res = await admin.client.post(`/api/admin/accounts/${reviewer.account.id}/disable`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ active: false });
    expect(await t.db.session.count({ where: { accountId: reviewer.account.id } })).toBe(0);
    expect((await reviewer.client.get('/api/review/dashboard')).statusCode).toBe(401);
    const again = await reviewer.client.login(reviewer.account.email, TEST_PASSWORD);
    expect(again.statusCode).toBe(403);
    expect(again.json().code).toBe('ACCOUNT_DISABLED');
    expect(await auditOf('account.disable', reviewer.account.id)).toMatchObject([
      { actorId: admin.account.id, before: { active: true }, after: { active: false }, detail: { endedSessions: 1 } },
    ]);

    const enabled = await admin.client.post(`/api/admin/accounts/${reviewer.account.id}/enable`);
    expect(enabled.json()).toMatchObject({ active: true });
    expect((await reviewer.client.login(reviewer.account.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect(await auditOf('account.enable', reviewer.account.id)).toMatchObject([
      { before: { active: false }, after: { active: true } },
    ]);
  });

  it('refuses an admin their own account', async () => {
    const res = await admin.client.post(`/api/admin/accounts/${admin.account.id}/disable`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('OWN_ADMIN_ACCOUNT');
    expect((await admin.client.get('/api/auth/me')).statusCode).toBe(200);
  });
});

describe('an account that can review no more', () => {
  /**
   * Two live claims of `reviewer`'s (one in each review stage), one that lapsed, one on a filing that has left review,
   * and a live claim of another reviewer's.
   */
  async function claims(reviewerId: string, otherId: string) {
    const now = clock.now();
    const live = new Date(now.getTime() + minutes(20));
    const lapsed = new Date(now.getTime() - minutes(1));
    const [initial, second, old, done, others] = await waitingFilings(t, [
      { slaDueAt: now, claimedById: reviewerId, claimExpiresAt: live },
      { slaDueAt: now, claimedById: reviewerId, claimExpiresAt: live, status: 'SECOND_REVIEW' },
      { slaDueAt: now, claimedById: reviewerId, claimExpiresAt: lapsed },
      { slaDueAt: now, claimedById: reviewerId, claimExpiresAt: live, status: 'PHOTO_PENDING' },
      { slaDueAt: now, claimedById: otherId, claimExpiresAt: live },
    ]);
    const ids = { initial: initial?.id, second: second?.id, old: old?.id, done: done?.id, others: others?.id };
    const claimants = async () => {
      const rows = await t.db.filing.findMany({ where: { id: { in: Object.values(ids) as string[] } } });
      const of = (id?: string) => rows.find((r) => r.id === id)?.claimedById ?? null;
      return {
        initial: of(ids.initial),
        second: of(ids.second),
        old: of(ids.old),
        done: of(ids.done),
        others: of(ids.others),
      };
    };
    return { ids, claimants };
  }

  it('disabled: its live claims go back to the queue in the same change, and the audit row counts them', async () => {
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const other = await signedInClient(t.app, t.db, 'REVIEWER');
    const { ids, claimants } = await claims(reviewer.account.id, other.account.id);

    expect((await admin.client.post(`/api/admin/accounts/${reviewer.account.id}/disable`)).statusCode).toBe(200);
    // The lapsed lease was free already, and the filing that left review is nobody's work: both are left as they were.
    expect(await claimants()).toEqual({
      initial: null,
      second: null,
      old: reviewer.account.id,
      done: reviewer.account.id,
      others: other.account.id,
    });
    expect(await auditOf('account.disable', reviewer.account.id)).toMatchObject([
      { detail: { endedSessions: 1, releasedClaims: 2 } },
    ]);
    // Another reviewer can take the released filing now, not in 20 minutes.
    const next = await signedInClient(t.app, t.db, 'REVIEWER');
    expect((await next.client.post(`/api/review/filings/${ids.initial}/claim`)).statusCode).toBe(200);
  });

  it('given a role that does not review: the same; from ADMIN to REVIEWER it keeps them', async () => {
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const other = await signedInClient(t.app, t.db, 'REVIEWER');
    const mine = await claims(reviewer.account.id, other.account.id);
    const res = await admin.client.put(`/api/admin/accounts/${reviewer.account.id}/role`, { role: 'APPLICANT' });
    expect(res.statusCode).toBe(200);
    expect(await mine.claimants()).toMatchObject({ initial: null, second: null, others: other.account.id });
    expect(await auditOf('account.role', reviewer.account.id)).toMatchObject([{ detail: { releasedClaims: 2 } }]);

    const reviewingAdmin = (await signedInClient(t.app, t.db, 'ADMIN')).account.id;
    const theirs = await claims(reviewingAdmin, other.account.id);
    const demoted = await admin.client.put(`/api/admin/accounts/${reviewingAdmin}/role`, { role: 'REVIEWER' });
    expect(demoted.statusCode).toBe(200);
    expect(await theirs.claimants()).toMatchObject({ initial: reviewingAdmin, second: reviewingAdmin });
    const [entry] = await auditOf('account.role', reviewingAdmin);
    expect(entry?.detail).toEqual({});
  });
});

describe('the last administrator', () => {
  // Two admins at once: each takes the other's role away (or disables the other). Without the lock on the admins'
  // rows both would see "the other one stays" and the console would be left without an administrator.
  async function twoAdminsOnly() {
    const a = await signedInClient(t.app, t.db, 'ADMIN');
    const b = await signedInClient(t.app, t.db, 'ADMIN');
    await t.db.account.updateMany({
      where: { role: 'ADMIN', id: { notIn: [a.account.id, b.account.id] } },
      data: { active: false },
    });
    // The app's session cache has heard that the other admins are disabled (docs/decisions/042).
    await t.app.sessionCache.settle();
    return [a, b] as const;
  }

  it.each([
    ['demoted', (id: string) => ({ path: `/api/admin/accounts/${id}/role`, body: { role: 'REVIEWER' } })],
    ['disabled', (id: string) => ({ path: `/api/admin/accounts/${id}/disable`, body: undefined })],
  ])('cannot be %s, even by two admins at the same moment', async (_what, change) => {
    const [a, b] = await twoAdminsOnly();
    const byA = change(b.account.id);
    const byB = change(a.account.id);
    const answers = await Promise.all([
      byA.body ? a.client.put(byA.path, byA.body) : a.client.post(byA.path),
      byB.body ? b.client.put(byB.path, byB.body) : b.client.post(byB.path),
    ]);
    const codes = answers.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    expect(answers.find((r) => r.statusCode === 409)?.json().code).toBe('LAST_ADMIN');
    expect(await t.db.account.count({ where: { role: 'ADMIN', active: true } })).toBe(1);
  });
});
