// Two API processes on one database: the per-IP request budget is one budget across both (not one each), its minute
// starts over on the app's clock, every client has its own; and each background job runs once per interval however
// many processes tick it. The second app stands for a second process: its own connection pool on the same database
// (with embedded PGlite, which has one connection, both share it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/app.ts';
import { createDb, type Db } from '../../src/infra/db.ts';
import { createJobRunner, type Job } from '../../src/jobs/job-runner.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';

const BUDGET = 10;
const clock = manualClock();
let t: TestApp;
let otherDb: Db;
let other: App;

beforeAll(async () => {
  t = await createTestApp({ clock, env: { RATE_LIMIT_PER_MINUTE: String(BUDGET) } });
  otherDb = t.config.DATABASE_URL ? createDb(t.config.DATABASE_URL, 2) : t.db;
  other = await buildApp({ config: t.config, db: otherDb, storage: t.storage, clock });
  await other.ready();
});
afterAll(async () => {
  await other.close();
  if (otherDb !== t.db) await otherDb.$disconnect();
  await t.close();
});

/** A request that needs no database of its own (no session: 401), from `ip`, to one of the two processes. */
const ask = (app: App, ip: string) => app.inject({ method: 'GET', url: '/api/auth/me', remoteAddress: ip });

/** `count` requests from `ip`, alternating between the two processes; the statuses in order. */
async function alternating(ip: string, count: number) {
  const answers = [];
  for (let i = 0; i < count; i++) answers.push(await ask(i % 2 === 0 ? t.app : other, ip));
  return answers;
}

describe('the request budget across two processes', () => {
  it('lets a client through BUDGET times in all, not BUDGET in each, then refuses with Retry-After', async () => {
    clock.advance(15_000);
    const answers = await alternating('203.0.113.7', 2 * BUDGET);
    const refused = answers.filter((res) => res.statusCode === 429);
    expect(answers.length - refused.length).toBe(BUDGET);
    expect(answers.slice(0, BUDGET).map((res) => res.statusCode)).toEqual(Array(BUDGET).fill(401));
    // Refused by both processes, as problem+json, until the minute is over (45 s from 02:00:15).
    for (const res of refused) {
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
      expect(res.headers['retry-after']).toBe('45');
    }
  });

  it('gives another client its own budget, and one IPv6 /64 one budget however its addresses differ', async () => {
    expect((await ask(other, '203.0.113.8')).statusCode).toBe(401);
    const v6 = [];
    for (let i = 1; i <= BUDGET + 1; i++) v6.push((await ask(i % 2 ? t.app : other, `2001:db8:5:6::${i}`)).statusCode);
    expect(v6).toEqual([...Array(BUDGET).fill(401), 429]);
    expect((await ask(t.app, '2001:db8:5:7::1')).statusCode).toBe(401);
  });

  it('starts over when the clock moves on to the next minute', async () => {
    expect((await ask(t.app, '203.0.113.7')).statusCode).toBe(429);
    clock.advance(45_000);
    const answers = await alternating('203.0.113.7', BUDGET + 2);
    expect(answers.map((res) => res.statusCode)).toEqual([...Array(BUDGET).fill(401), 429, 429]);
    expect(answers.at(-1)?.headers['retry-after']).toBe('60');
  });

  it('keeps the health probes outside it', async () => {
    for (let i = 0; i < BUDGET + 2; i++) {
      expect((await other.inject({ method: 'GET', url: '/healthz', remoteAddress: '203.0.113.7' })).statusCode).toBe(
        200,
      );
    }
  });
});

describe('background jobs across two processes', () => {
  const log = { error: () => {} };

  /** Each process's runner over its app's real jobs, counting runs; a run waits at `gate` once it has the lease. */
  function runners() {
    const runs = new Map<string, number>();
    let open = () => {};
    let gate = Promise.resolve();
    const counted = (jobs: readonly Job[]): Job[] =>
      jobs.map((job) => ({
        ...job,
        run: async () => {
          runs.set(job.name, (runs.get(job.name) ?? 0) + 1);
          await gate;
          return job.run();
        },
      }));
    return {
      runs,
      a: createJobRunner({ db: t.db, clock, jobs: counted(t.app.backgroundJobs.list), log }),
      b: createJobRunner({ db: otherDb, clock, jobs: counted(other.backgroundJobs.list), log }),
      close() {
        gate = new Promise((resolve) => {
          open = resolve;
        });
      },
      open: () => open(),
    };
  }

  it('runs each job once when both processes tick it at the same time, and once again an interval later', async () => {
    const { runs, a, b, close, open } = runners();
    const names = t.app.backgroundJobs.list.map((job) => job.name);
    expect(names).toEqual(other.backgroundJobs.list.map((job) => job.name));
    const longest = Math.max(...t.app.backgroundJobs.list.map((job) => job.intervalMs));

    for (const round of [1, 2]) {
      for (const name of names) {
        // The winner holds its run until the loser has answered, so the two ticks truly overlap.
        close();
        const ticks = [a.run(name, { due: true }), b.run(name, { due: true })];
        expect(await Promise.race(ticks)).toBe(false);
        open();
        expect((await Promise.all(ticks)).filter(Boolean)).toHaveLength(1);
        // Ticks right after it find the job not due: it ran less than an interval ago.
        expect(await a.run(name, { due: true })).toBe(false);
        expect(await b.run(name, { due: true })).toBe(false);
      }
      expect(Object.fromEntries(runs)).toEqual(Object.fromEntries(names.map((name) => [name, round])));
      clock.advance(longest);
    }
    await Promise.all([a.stop(), b.stop()]);
  });
});
