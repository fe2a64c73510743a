// Scale-out benchmark: one and then two API processes on one PostgreSQL and one S3, behind a round-robin proxy.
// Prints the throughput of a signed-in read (GET /api/auth/me of the demo applicant, CONNECTIONS at a time for
// SECONDS) with one process and with two (in turn, ROUNDS times), how often each background job ran while both ran
// (at least JOB_SECONDS), and whether the per-IP request budget (BUDGET a minute) held across the two: BUDGET + EXTRA
// requests from one IP.
// Run: DATABASE_URL=postgresql://... npm run bench:scale
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { startEmbeddedS3 } from '../apps/api/src/embedded/embedded-s3.ts';
import { DEMO_PASSWORD } from '../apps/api/src/seed/demo-accounts.ts';
import { migrateDatabase } from '../scripts/db/migrate-database.ts';
import { type ApiProcess, startApi } from './lib/api-process.ts';
import { wholeNumber } from './lib/options.ts';
import { type ProxyProcess, spawnProxy } from './lib/proxy-process.ts';

const SECONDS = wholeNumber('SECONDS', 10);
const CONNECTIONS = wholeNumber('CONNECTIONS', 50);
const BUDGET = wholeNumber('BUDGET', 600);
const EXTRA = wholeNumber('EXTRA', 200, 0);
const JOB_SECONDS = wholeNumber('JOB_SECONDS', 30);
const WARMUP = wholeNumber('WARMUP', 5, 0);
const ROUNDS = wholeNumber('ROUNDS', 2);

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl)
  throw new Error('DATABASE_URL must name a real PostgreSQL server (the benchmark creates its own database)');
const name = `beian_scale_${randomBytes(4).toString('hex')}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

/** Signs the demo applicant in through `baseUrl`; the Cookie header of its session. */
async function signIn(baseUrl: string): Promise<string> {
  const cookies = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const header = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { token } = (await csrf.json()) as { token: string };
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { cookie: header(), 'x-csrf-token': token, 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'applicant@demo.beian.test', password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in: ${login.status} ${await login.text()}`);
  keep(login);
  return header();
}

type Load = { rps: number; p50: number; p99: number; failed: number };

async function throughput(url: string, cookie: string, seconds: number): Promise<Load> {
  const result = await autocannon({
    url: `${url}/api/auth/me`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { cookie },
  });
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** Watches the job leases: every run start seen (a new startedAt) per job, with the pid of the process that ran it. */
function watchJobs(db: pg.Client) {
  const last = new Map<string, number>();
  const runs = new Map<string, number[]>();
  let watching = true;
  const done = (async () => {
    while (watching) {
      const { rows } = await db.query<{ name: string; holder: string | null; startedAt: Date | null }>(
        'SELECT "name", "holder", "startedAt" FROM "JobLease"',
      );
      for (const row of rows) {
        const started = row.startedAt?.getTime();
        if (started === undefined || last.get(row.name) === started) continue;
        const first = !last.has(row.name);
        last.set(row.name, started);
        if (first) continue;
        runs.set(row.name, [...(runs.get(row.name) ?? []), Number(row.holder?.split(':')[1])]);
      }
      await sleep(100);
    }
  })();
  return {
    async stop() {
      watching = false;
      await done;
      return runs;
    },
  };
}

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const dataDir = await mkdtemp(path.join(tmpdir(), 'beian-scale-'));
const apis: ApiProcess[] = [];
const closers: (() => Promise<void>)[] = [];
try {
  await migrateDatabase(dbUrl);
  // One S3 for both processes, as in production; s3rver checks no signatures.
  const s3 = await startEmbeddedS3(path.join(dataDir, 's3'), 'beian-materials');
  closers.push(s3.close);
  const env = (perMinute: number) => ({
    DATABASE_URL: dbUrl,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_BUCKET: 'beian-materials',
    TRUST_PROXY: 'true',
    RATE_LIMIT_PER_MINUTE: String(perMinute),
    SEED_DEMO_DATA: 'true',
  });
  const start = async (index: number, perMinute: number) => {
    const api = await startApi({ dataDir: path.join(dataDir, `api-${index}`), env: env(perMinute) });
    apis.push(api);
    return api;
  };
  const stopAll = async () => {
    for (const api of apis.splice(0)) await api.stop();
  };

  // Throughput: the budget far above what the load sends, so it is measured, not refused. The first process seeds the
  // demo data before the second starts.
  const first = await start(1, 100_000_000);
  const second = await start(2, 100_000_000);
  console.log(`API processes run from ${first.runtime === 'compiled' ? 'the compiled build' : 'sources (tsx)'}`);
  const jobDb = new pg.Client({ connectionString: dbUrl });
  await jobDb.connect();
  closers.push(() => jobDb.end());
  const jobs = watchJobs(jobDb);
  const watchedFrom = performance.now();

  // The proxy runs in a process of its own, started anew for each set of APIs.
  let proxy: ProxyProcess | undefined;
  const proxyTo = async (apiList: ApiProcess[]) => {
    await proxy?.stop();
    proxy = await spawnProxy(apiList.map((api) => api.url));
    return proxy;
  };
  closers.push(async () => proxy?.stop());
  let via = await proxyTo([first]);
  const cookie = await signIn(via.url);
  // Both processes warmed up alike; then one and two in turn, ROUNDS times, so a machine whose load drifts during the
  // run weighs on both alike.
  for (const api of [first, second]) await throughput(api.url, cookie, WARMUP);
  const rounds: { one: Load; two: Load }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    via = await proxyTo([first]);
    const one = await throughput(via.url, cookie, SECONDS);
    via = await proxyTo([first, second]);
    rounds.push({ one, two: await throughput(via.url, cookie, SECONDS) });
  }
  // The same process without the proxy: what the proxy itself costs on this machine.
  const direct = await throughput(first.url, cookie, SECONDS);

  console.log(
    `\nGET /api/auth/me signed in, ${CONNECTIONS} connections, ${SECONDS} s each, through the round-robin proxy`,
  );
  console.log('round | processes | req/s | p50 ms | p99 ms | failed');
  const row = (round: string, label: string, r: Load) =>
    console.log(
      `${round.padEnd(5)} | ${label.padEnd(9)} | ${r.rps.toFixed(0).padStart(5)} | ${String(r.p50).padStart(6)} | ${String(r.p99).padStart(6)} | ${r.failed}`,
    );
  rounds.forEach(({ one, two }, i) => {
    row(String(i + 1), '1', one);
    row(String(i + 1), '2', two);
  });
  const total = (pick: (r: { one: Load; two: Load }) => Load) => rounds.reduce((sum, r) => sum + pick(r).rps, 0);
  console.log(`ratio 2/1 over all rounds: ${(total((r) => r.two) / total((r) => r.one)).toFixed(2)}`);
  console.log(
    `1 process without the proxy: ${direct.rps.toFixed(0)} req/s, p50 ${direct.p50} ms, p99 ${direct.p99} ms`,
  );

  await sleep(Math.max(0, JOB_SECONDS * 1000 - (performance.now() - watchedFrom)));
  const runs = await jobs.stop();
  const seconds = (performance.now() - watchedFrom) / 1000;
  console.log(
    `\nbackground job runs in ${seconds.toFixed(0)} s with both processes running (pids ${first.pid}, ${second.pid})`,
  );
  const { rows: leases } = await jobDb.query<{ name: string }>('SELECT "name" FROM "JobLease" ORDER BY "name"');
  for (const { name: job } of leases) {
    const by = runs.get(job) ?? [];
    const perPid = [first.pid, second.pid].map((pid) => by.filter((p) => p === pid).length);
    console.log(`  ${job.padEnd(28)} ${String(by.length).padStart(3)} runs (${perPid.join(' + ')})`);
  }

  // The budget: both processes restarted with BUDGET a minute, then BUDGET + EXTRA requests from one address.
  await stopAll();
  const budgeted = await Promise.all([start(3, BUDGET), start(4, BUDGET)]);
  via = await proxyTo(budgeted);
  // All requests inside one minute of the clock: wait for the next one when this one is nearly over.
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 50_000) await sleep(60_000 - intoMinute + 100);
  const statuses = new Map<number, number>();
  let retryAfter = '';
  let sent = 0;
  const client = async () => {
    while (sent < BUDGET + EXTRA) {
      sent += 1;
      const res = await fetch(`${via.url}/api/auth/me`, { headers: { 'x-forwarded-for': '198.51.100.7' } });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 429) retryAfter = res.headers.get('retry-after') ?? '';
    }
  };
  await Promise.all(Array.from({ length: 10 }, client));
  const refused = statuses.get(429) ?? 0;
  console.log(`\nrequest budget across 2 processes: ${BUDGET + EXTRA} requests from one IP, budget ${BUDGET} a minute`);
  console.log(`  allowed ${BUDGET + EXTRA - refused}, refused ${refused} (429, last Retry-After ${retryAfter} s)`);
  console.log(`  each process counting alone would have allowed up to ${2 * BUDGET}`);
  await stopAll();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  for (const api of apis) await api.stop();
  for (const close of closers.reverse()) await close().catch(() => {});
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  await rm(dataDir, { recursive: true, force: true });
}
