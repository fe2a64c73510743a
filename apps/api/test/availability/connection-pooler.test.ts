// The console behind a connection pooler in transaction mode (a real PgBouncer): DATABASE_URL goes through the pooler,
// DATABASE_DIRECT_URL straight to PostgreSQL. Two apps stand for two API processes on one database, as a scaled-out
// deployment runs them. What only lasts a whole connection goes the direct way (the migrations' lock, the session
// cache's LISTEN); the hot reads' prepared statements, which the pooler leaves on whichever server connection made
// them, run unnamed once the pooler shows that it does not keep them (docs/decisions/047).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type App, buildApp } from '../../src/app.ts';
import { createDb, type Db, sqlOf } from '../../src/infra/db.ts';
import { startRuntime } from '../../src/infra/runtime.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';
import { findPgbouncer, freePort, type Pgbouncer, startPgbouncer } from './pgbouncer.ts';

const target = inject('testDatabase');
const binary = findPgbouncer();
const clock = manualClock();
let pooler: Pgbouncer;
let t: TestApp;
let otherDb: Db;
let other: App;
const warnings: string[] = [];

/** Rejects once `ms` have passed: a start that waits on a lock held forever fails the test instead of hanging it. */
const within = <T>(ms: number, what: string, work: Promise<T>) =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)),
  ]);

beforeAll(async () => {
  if (!target || !binary) return;
  const admin = new URL(target.adminUrl);
  pooler = await startPgbouncer(binary, {
    host: admin.hostname,
    port: Number(admin.port || 5432),
    user: decodeURIComponent(admin.username || 'postgres'),
  });
  t = await createTestApp({ clock, databaseUrl: (url) => pooler.pooled(url), directDatabaseUrl: (url) => url });
  otherDb = createDb(t.config.DATABASE_URL as string, 4, { onUnkeptStatements: () => warnings.push('other') });
  other = await buildApp({ config: t.config, db: otherDb, storage: t.storage, clock });
  await other.ready();
}, 60_000);
afterAll(async () => {
  await other?.close();
  await otherDb?.$disconnect();
  await t?.close();
  await pooler?.close();
});

// Needs a real PostgreSQL to put the pooler in front of, and Debian's pgbouncer (CI installs it).
describe.skipIf(!target || !binary)('the console behind a pooler in transaction mode', () => {
  it('is set up with the pooled and the direct address of one database, and listens on both processes', () => {
    const [pooled, direct] = [t.config.DATABASE_URL, t.config.DATABASE_DIRECT_URL].map((url) => new URL(url ?? ''));
    expect(pooled?.port).not.toBe(direct?.port);
    expect(pooled?.pathname).toBe(direct?.pathname);
    expect([t.app.sessionCache.listening, other.sessionCache.listening]).toEqual([true, true]);
  });

  // Through a pooler in transaction mode the lock would stay on whichever server connection took it, and every later
  // start would wait for it for good; so a start that needs the pooler for its migrations fails here.
  it('migrates at start the direct way: it starts while the pooled address does not answer', async () => {
    const down = new URL(t.config.DATABASE_URL as string);
    down.port = String(await freePort());
    const config = { ...t.config, DATABASE_URL: down.toString() };
    const again = await within(
      20_000,
      'a start',
      startRuntime(config, () => {}),
    );
    await again.close();
    await expect(startRuntime({ ...config, DATABASE_DIRECT_URL: undefined }, () => {})).rejects.toThrow();
  });

  it('answers every plain-SQL read of two processes, the statements run unnamed after the first refusal', async () => {
    const texts = Array.from({ length: 6 }, (_, i) => `SELECT $1::int + ${i} AS "value"`);
    const calls = Array.from({ length: 240 }, (_, n) => {
      const i = n % texts.length;
      const sql = sqlOf(n % 2 === 0 ? t.db : otherDb);
      return sql.query<{ value: number }>(texts[i] as string, [n]).then(([row]) => row?.value === n + i);
    });
    expect(await Promise.all(calls)).toEqual(Array(calls.length).fill(true));
    // Once at most for the pool, however many of its calls were refused (plain-sql.test.ts proves it comes at all).
    expect(warnings.length).toBeLessThanOrEqual(1);
  });

  it('ends a session signed out on one process on the other', async () => {
    const { client } = await signedInClient(t.app, t.db, 'APPLICANT');
    const token = client.cookies.get('beian_session') ?? '';
    const me = () => other.inject({ method: 'GET', url: '/api/auth/me', cookies: { beian_session: token } });
    expect((await me()).statusCode).toBe(200);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    await within(10_000, 'the notification', other.sessionCache.settle());
    expect((await me()).statusCode).toBe(401);
  });
});
