// The per-IP request budget is spent before anything reads the database (the session lookup included), and the
// health probes are outside it: on a database that cannot be reached, a client over budget gets 429, not 503, and
// the platform's probes still get their answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/app.ts';
import { createDb, type Db } from '../../src/infra/db.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let deadDb: Db;
let app: App;

beforeAll(async () => {
  t = await createTestApp();
  // Port 9 (discard) on loopback: nothing listens, every connection is refused.
  deadDb = createDb('postgresql://postgres@127.0.0.1:9/none', 1);
  // The app's own clock, held still: the budget counts fixed minutes, and a minute ending between two requests of
  // the test would hand out a fresh budget.
  app = await buildApp({
    config: { ...t.config, RATE_LIMIT_PER_MINUTE: 3 },
    db: deadDb,
    storage: t.storage,
    clock: manualClock(),
  });
});
afterAll(async () => {
  await app.close();
  await deadDb.$disconnect();
  await t.close();
});

const signedIn = { cookies: { beian_session: 'a-session-token-that-needs-the-database' } };

describe('the request budget', () => {
  it('refuses a client over budget with 429 before its session is looked up', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.inject({ method: 'GET', url: '/api/auth/me', ...signedIn });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
        expect(res.json()).toMatchObject({ code: 'RATE_LIMITED' });
      } else {
        expect(res.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      }
    }
    expect(statuses).toEqual([503, 503, 503, 429, 429]);
  });

  it('leaves the health probes outside, however many come', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().checks).toEqual({ database: 'fail', storage: 'ok' });
    }
  });
});
