// The session cache across processes (docs/decisions/042): two apps on one database, each with its own pool and its
// own cache, stand for two API processes. What one of them (or SQL typed by hand) does to a session or an account ends
// or changes access on the other once the database's notification has arrived; settle() awaits exactly that. A third
// app listens through a TCP proxy this test cuts: while it cannot listen it asks the database on every request.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { type App, buildApp } from '../../src/app.ts';
import { createDb, type Db } from '../../src/infra/db.ts';
import { startTcpProxy } from '../availability/tcp-proxy.ts';
import { type Client, signedInClient } from '../helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';

const target = inject('testDatabase');
const clock = manualClock();
let t: TestApp;
let otherDb: Db;
let other: App;

beforeAll(async () => {
  if (!target) return;
  t = await createTestApp({ clock });
  otherDb = createDb(t.config.DATABASE_URL as string, 2);
  other = await buildApp({ config: t.config, db: otherDb, storage: t.storage, clock });
  await other.ready();
});
afterAll(async () => {
  await other?.close();
  await otherDb?.$disconnect();
  await t?.close();
});

/** GET `url` on `app` with the session cookie `client` holds (signed in on the first app), or the token given. */
const askOn = (app: App, client: Client | string, url = '/api/auth/me') =>
  app.inject({
    method: 'GET',
    url,
    cookies: { beian_session: typeof client === 'string' ? client : (client.cookies.get('beian_session') ?? '') },
  });

/** A signed-in applicant whose session both apps have answered for, and so cached. */
async function cachedOnBoth() {
  const signedIn = await signedInClient(t.app, t.db, 'APPLICANT');
  expect((await signedIn.client.get('/api/auth/me')).statusCode).toBe(200);
  const size = other.sessionCache.size;
  expect((await askOn(other, signedIn.client)).statusCode).toBe(200);
  expect(other.sessionCache.size).toBe(size + 1);
  return signedIn;
}

// Needs a real PostgreSQL: on the embedded one the cache is off (PGlite's socket delivers no notification to another
// connection), which the last test checks.
describe.skipIf(!target)('the session cache of two processes', () => {
  it('is on in both while they listen', () => {
    expect([t.app.sessionCache.listening, other.sessionCache.listening]).toEqual([true, true]);
  });

  it('the process that signs out, disables or changes a role evicts at once, before any notification', async () => {
    const admin = await signedInClient(t.app, t.db, 'ADMIN');
    const signedOut = await cachedOnBoth();
    const token = signedOut.client.cookies.get('beian_session') ?? '';
    await signedOut.client.post('/api/auth/logout');
    expect((await askOn(t.app, token)).statusCode).toBe(401);
    const disabled = await cachedOnBoth();
    await admin.client.post(`/api/admin/accounts/${disabled.account.id}/disable`);
    expect((await askOn(t.app, disabled.client)).statusCode).toBe(401);
    const promoted = await cachedOnBoth();
    await admin.client.put(`/api/admin/accounts/${promoted.account.id}/role`, { role: 'REVIEWER' });
    expect((await askOn(t.app, promoted.client)).json().account.role).toBe('REVIEWER');
  });

  it('signing out on one ends the session on the other', async () => {
    const { client } = await cachedOnBoth();
    // The browser forgets its cookie on signing out; someone who copied it still sends it.
    const token = client.cookies.get('beian_session') ?? '';
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    await other.sessionCache.settle();
    expect((await askOn(other, token)).statusCode).toBe(401);
  });

  it('disabling the account on one ends its access on the other', async () => {
    const admin = await signedInClient(t.app, t.db, 'ADMIN');
    const { client, account } = await cachedOnBoth();
    expect((await admin.client.post(`/api/admin/accounts/${account.id}/disable`)).statusCode).toBe(200);
    await other.sessionCache.settle();
    expect((await askOn(other, client)).statusCode).toBe(401);
  });

  it('a role change on one is what the other sees next', async () => {
    const admin = await signedInClient(t.app, t.db, 'ADMIN');
    const { client, account } = await cachedOnBoth();
    expect((await askOn(other, client, '/api/review/queue')).statusCode).toBe(403);
    const res = await admin.client.put(`/api/admin/accounts/${account.id}/role`, { role: 'REVIEWER' });
    expect(res.statusCode).toBe(200);
    await other.sessionCache.settle();
    expect((await askOn(other, client)).json().account.role).toBe('REVIEWER');
    expect((await askOn(other, client, '/api/review/queue')).statusCode).toBe(200);
  });

  it('a session deleted, or an account disabled or renamed, by SQL is seen by both once notified', async () => {
    const deleted = await cachedOnBoth();
    await t.db.$executeRaw`DELETE FROM "Session" WHERE "accountId" = ${deleted.account.id}::uuid`;
    const disabled = await cachedOnBoth();
    await t.db.$executeRaw`UPDATE "Account" SET "active" = false WHERE "id" = ${disabled.account.id}::uuid`;
    const renamed = await cachedOnBoth();
    await t.db.$executeRaw`UPDATE "Account" SET "displayName" = '赵新名' WHERE "id" = ${renamed.account.id}::uuid`;
    await Promise.all([t.app.sessionCache.settle(), other.sessionCache.settle()]);
    for (const app of [t.app, other]) {
      expect((await askOn(app, deleted.client)).statusCode).toBe(401);
      expect((await askOn(app, disabled.client)).statusCode).toBe(401);
      expect((await askOn(app, renamed.client)).json().account.displayName).toBe('赵新名');
    }
  });

  it("judges a cached session's expiry on the app clock at every request", async () => {
    const { client, account } = await cachedOnBoth();
    // Five seconds from now: within the cache's TTL, so the copy cached below is what decides.
    const expiresAt = new Date(clock.now().getTime() + 5_000);
    await t.db.session.updateMany({ where: { accountId: account.id }, data: { expiresAt } });
    await other.sessionCache.settle();
    expect((await askOn(other, client)).statusCode).toBe(200);
    clock.advance(5_000);
    expect((await askOn(other, client)).statusCode).toBe(401);
  });
});

describe.skipIf(!target)('a process that cannot listen', () => {
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let cut: App;

  beforeAll(async () => {
    const admin = new URL(target?.adminUrl ?? '');
    proxy = await startTcpProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
    // Its pool is the first app's; only its invalidation connection goes through the proxy.
    const proxied = new URL(t.config.DATABASE_URL as string);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    cut = await buildApp({
      config: { ...t.config, DATABASE_URL: proxied.toString() },
      db: t.db,
      storage: t.storage,
      clock,
    });
    await cut.ready();
  });
  afterAll(async () => {
    await cut?.close();
    await proxy?.close();
  });

  it('empties its cache and asks the database on every request until it listens again', async () => {
    const kept = await signedInClient(t.app, t.db, 'APPLICANT');
    expect(cut.sessionCache.listening).toBe(true);
    expect((await askOn(cut, kept.client)).statusCode).toBe(200);
    expect(cut.sessionCache.size).toBe(1);

    await proxy.cut();
    await vi.waitFor(() => expect(cut.sessionCache.listening).toBe(false), { timeout: 5000 });
    expect(cut.sessionCache.size).toBe(0);
    // No notification can reach it now, so only asking the database refuses this at once.
    const ended = await signedInClient(t.app, t.db, 'APPLICANT');
    expect((await askOn(cut, ended.client)).statusCode).toBe(200);
    await t.db.$executeRaw`DELETE FROM "Session" WHERE "accountId" = ${ended.account.id}::uuid`;
    expect((await askOn(cut, ended.client)).statusCode).toBe(401);
    expect((await askOn(cut, kept.client)).statusCode).toBe(200);
    expect(cut.sessionCache.size).toBe(0);

    await proxy.restore();
    await vi.waitFor(() => expect(cut.sessionCache.listening).toBe(true), { timeout: 15_000 });
    expect((await askOn(cut, kept.client)).statusCode).toBe(200);
    expect(cut.sessionCache.size).toBe(1);
  });
});

describe.skipIf(target)('on the embedded database', () => {
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });

  it('the cache stays off: PGlite delivers no notification to another connection', async () => {
    const { client } = await signedInClient(t.app, t.db, 'APPLICANT');
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    expect([t.app.sessionCache.listening, t.app.sessionCache.size]).toEqual([false, 0]);
  });
});
