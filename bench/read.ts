// Hot reads against a bare stack. Needs a real PostgreSQL (DATABASE_URL names the server): creates its own database,
// migrated like production, seeds an applicant with filings, a reviewer and QUEUED (500) filings in the initial
// review queue, and starts the API (a child process, embedded S3) and a bare Fastify + pg server (another child) that
// reads the same Filing row by primary key. Then, with autocannon at CONNECTIONS (50) for DURATION (10) seconds each,
// it measures every path (as the signed-in applicant or reviewer) and prints req/s, latency p50/p99, the ratio to the
// bare read, every non-2xx answer and the CPU time the server, PostgreSQL and the load generator spent per request;
// then a sweep over SWEEP (10,50,100) connections. Each path gets WARMUP (3) seconds of unmeasured load first. The
// API's pool is DATABASE_POOL_MAX as set (10 by default). Drops the database at the end; exits non-zero when any
// answer was not a 2xx.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrateDatabase } from '../scripts/db/migrate-database.ts';
import { repoRoot, startApi } from './lib/api-process.ts';
import { stopChild, urlPrintedBy } from './lib/child-url.ts';
import { wholeNumber, wholeNumbers } from './lib/options.ts';
import { type CpuSeconds, cpuAllows, measureCpu, perRequest } from './lib/process-cpu.ts';
import { type LoadResult, load } from './read-load.ts';
import { APPLICANT_EMAIL, BENCH_PASSWORD, REVIEWER_EMAIL, seedReads } from './read-seed.ts';

const DURATION = wholeNumber('DURATION', 10);
const CONNECTIONS = wholeNumber('CONNECTIONS', 50);
const QUEUED = wholeNumber('QUEUED', 500);
/** Seconds of unmeasured load on each path first, so that neither server is measured before its code is compiled. */
const WARMUP = wholeNumber('WARMUP', 3, 0);
/** Connection counts to sweep over; empty (`SWEEP=`) skips the sweep. */
const SWEEP = wholeNumbers('SWEEP', [10, 50, 100]);
/** Paths to sweep over SWEEP connections: `all`, or a comma-separated list of the names printed below. */
const SWEEP_PATHS = process.env.SWEEP_PATHS ?? 'all';
/** Paths to measure: `all`, or a comma-separated list of the names printed below (the bare read is always measured). */
const PATHS = process.env.PATHS ?? 'all';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl)
  throw new Error('DATABASE_URL must name a real PostgreSQL server (the benchmark creates its own database)');
const name = `beian_bench_${randomBytes(4).toString('hex')}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

/** The bare reference server as a child process, like the API, so that neither shares the load generator's loop. */
async function startBare(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bench/read-bare-server.ts')], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: dbUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await urlPrintedBy(child, /running at (http:\/\/\S+)/, 'the bare server');
  return { url, child };
}

/** Signs in over the API as the web app does (CSRF token, then the form); returns the session's Cookie header. */
async function signIn(apiUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${apiUrl}/api/auth/csrf`);
  const pre = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const { token } = (await csrf.json()) as { token: string };
  const res = await fetch(`${apiUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: pre.join('; ') },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in of ${email}: ${res.status} ${await res.text()}`);
  const session = res.headers.getSetCookie().find((c) => c.startsWith('beian_session='));
  if (!session) throw new Error(`sign-in of ${email} set no session cookie`);
  return session.split(';')[0] ?? '';
}

const fmt = (r: LoadResult, bare?: LoadResult) =>
  [
    r.rps.toFixed(0).padStart(7),
    `${r.p50.toFixed(0)} / ${r.p99.toFixed(0)} ms`.padStart(14),
    (bare ? `${(r.rps / bare.rps).toFixed(2)}×` : '').padStart(6),
    String(r.non2xx).padStart(7),
    String(r.errors).padStart(6),
  ].join('  ');

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const dataDir = await mkdtemp(path.join(tmpdir(), 'beian-bench-read-'));
const stops: (() => Promise<unknown>)[] = [];
try {
  await migrateDatabase(dbUrl);
  const seeder = new pg.Client({ connectionString: dbUrl });
  seeder.on('error', () => {});
  await seeder.connect();
  const seed = await seedReads(seeder, { queued: QUEUED, own: 5 });
  await seeder.end();

  const api = await startApi({
    dataDir,
    env: {
      DATABASE_URL: dbUrl,
      // The per-IP budget would refuse the load generator (one IP): 100,000 a minute was spent within a run.
      RATE_LIMIT_PER_MINUTE: '100000000',
      // Reads only: the background jobs would share the pool and the cores with what is measured.
      JOBS: 'false',
      S3_ENDPOINT: undefined,
    },
  });
  stops.push(() => api.stop());
  const bare = await startBare();
  stops.push(() => stopChild(bare.child));
  console.log(`API (${api.runtime}, pid ${api.pid}) at ${api.url}; bare Fastify + pg at ${bare.url}`);

  const applicant = await signIn(api.url, APPLICANT_EMAIL);
  const reviewer = await signIn(api.url, REVIEWER_EMAIL);
  const every: { name: string; url: string; cookie?: string }[] = [
    { name: 'bare: Filing by primary key', url: `${bare.url}/filings/${seed.filingId}` },
    { name: 'GET /api/filings/:id', url: `${api.url}/api/filings/${seed.filingId}`, cookie: applicant },
    { name: 'GET /api/filings', url: `${api.url}/api/filings`, cookie: applicant },
    { name: 'GET /api/auth/me', url: `${api.url}/api/auth/me`, cookie: applicant },
    { name: 'GET /api/review/queue', url: `${api.url}/api/review/queue`, cookie: reviewer },
    { name: 'GET /api/review/filings/:id', url: `${api.url}/api/review/filings/${seed.filingId}`, cookie: reviewer },
    { name: 'GET /healthz', url: `${api.url}/healthz` },
  ];
  const paths = every.filter((p, i) => i === 0 || PATHS === 'all' || PATHS.split(',').includes(p.name));
  // Each path once before it is measured: a failure shows at once, and the first-call costs stay out of the figures.
  for (const p of paths) {
    const res = await fetch(p.url, { headers: p.cookie ? { cookie: p.cookie } : {} });
    if (!res.ok) throw new Error(`${p.name}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  }
  const request = (p: (typeof paths)[number]) => ({
    url: p.url,
    headers: (p.cookie ? { cookie: p.cookie } : {}) as Record<string, string>,
  });
  const run = (p: (typeof paths)[number], connections: number) =>
    load({ ...request(p), connections, seconds: DURATION });

  if (WARMUP > 0) for (const p of paths) await load({ ...request(p), connections: CONNECTIONS, seconds: WARMUP });

  console.log(`\n${CONNECTIONS} connections, ${DURATION} s each (${QUEUED} filings in the queue)`);
  console.log(
    `${'path'.padEnd(30)}      req/s     p50 / p99    ratio   non2xx  errors   CPU µs a request: server · PostgreSQL · load   ratio the CPU allows`,
  );
  let bareResult: LoadResult | undefined;
  let bareCpu: { used: CpuSeconds; requests: number } | undefined;
  for (const p of paths) {
    // The bare read (the first path) is served by the bare server, every other path by the API.
    const cpu = await measureCpu((p === paths[0] ? bare.child.pid : api.pid) ?? 0);
    const r = await run(p, CONNECTIONS);
    const used = await cpu.stop();
    const requests = r.ok + r.non2xx;
    bareResult ??= r;
    bareCpu ??= { used, requests };
    if (r.non2xx + r.errors > 0) process.exitCode = 1;
    const allows = cpuAllows(bareCpu.used, bareCpu.requests, used, requests);
    console.log(`${p.name.padEnd(30)}  ${fmt(r, bareResult)}   ${perRequest(used, requests).padEnd(18)}  ${allows}`);
  }

  const swept =
    SWEEP.length === 0
      ? []
      : SWEEP_PATHS === 'all'
        ? paths
        : paths.filter((p) => SWEEP_PATHS.split(',').includes(p.name));
  if (swept.length > 0) console.log(`\nconnection sweep (${SWEEP.join(' / ')}), ${DURATION} s each: req/s (p99 ms)`);
  for (const p of swept) {
    const cells: string[] = [];
    let bad = 0;
    for (const c of SWEEP) {
      const r = await run(p, c);
      cells.push(`${c}: ${r.rps.toFixed(0)} (${r.p99.toFixed(0)})`);
      bad += r.non2xx + r.errors;
      if (bad > 0) process.exitCode = 1;
    }
    console.log(`${p.name.padEnd(30)}  ${cells.join('   ')}${bad ? `   non-2xx/errors: ${bad}` : ''}`);
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  await rm(dataDir, { recursive: true, force: true });
}
