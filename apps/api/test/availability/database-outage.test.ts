// The database going away under load: requests answer 503 with Retry-After (never a 500), the log says so once and
// once more when it is back, the health probes keep answering, and the API serves again by itself. The app runs on
// its own database behind a TCP proxy this test cuts and restores; the machine's PostgreSQL is never touched.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signedInClient } from '../helpers/http-client.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { startTcpProxy } from './tcp-proxy.ts';

type LogLine = { level: number; msg: string };
// Every line at warn or above, and every line about the database: the per-request lines of the info level are
// counted only.
const lines: LogLine[] = [];
let infoLines = 0;
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const text of chunk.toString('utf8').split('\n')) {
      if (!text.trim()) continue;
      const line = JSON.parse(text) as LogLine;
      if (line.level >= 40 || /database/i.test(line.msg)) lines.push(line);
      else infoLines += 1;
    }
    done();
  },
});

const target = inject('testDatabase');
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let t: TestApp;

beforeAll(async () => {
  if (!target) return;
  const admin = new URL(target.adminUrl);
  proxy = await startTcpProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
  t = await createTestApp({
    env: { LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '100000' },
    logStream,
    databaseUrl: (url) => {
      const proxied = new URL(url);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(proxy.port);
      return proxied.toString();
    },
  });
});
afterAll(async () => {
  await t?.close();
  await proxy?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Needs a real PostgreSQL to put the proxy in front of; with the embedded one there is no connection to cut.
describe.skipIf(!target)('the database stopped under load', () => {
  it('answers 503 with Retry-After while it is away, logs that once, and recovers by itself', async () => {
    const { client } = await signedInClient(t.app, t.db, 'APPLICANT');
    expect((await client.get('/api/filings')).statusCode).toBe(200);
    const before = lines.length;
    const infoBefore = infoLines;

    // Ten clients asking all the time, through the cut and after it.
    const answers: { status: number; retryAfter: unknown; code?: string; type?: unknown }[] = [];
    let running = true;
    const worker = async () => {
      while (running) {
        await sleep(5);
        const res = await client.get('/api/filings');
        answers.push({
          status: res.statusCode,
          retryAfter: res.headers['retry-after'],
          type: res.headers['content-type'],
          ...(res.statusCode >= 400 ? { code: res.json().code } : {}),
        });
      }
    };
    const load = Promise.all(Array.from({ length: 10 }, worker));

    await sleep(300);
    await proxy.cut();
    await sleep(2000);
    const during = {
      healthz: await t.app.inject({ method: 'GET', url: '/healthz' }),
      readyz: await t.app.inject({ method: 'GET', url: '/readyz' }),
    };
    const cutAt = answers.length;
    await proxy.restore();
    const deadline = Date.now() + 15_000;
    while (answers.at(-1)?.status !== 200 && Date.now() < deadline) await sleep(100);
    await sleep(300);
    running = false;
    await load;

    // While away: 503s with Retry-After and problem+json, never a 500.
    const refused = answers.filter((a) => a.status !== 200);
    expect(refused.length).toBeGreaterThan(50);
    for (const a of refused) {
      expect(a).toMatchObject({ status: 503, retryAfter: '5', code: 'SERVICE_UNAVAILABLE' });
      expect(String(a.type)).toContain('application/problem+json');
    }
    expect(answers.slice(cutAt).some((a) => a.status === 200)).toBe(true);
    expect(answers.at(-1)?.status).toBe(200);

    // The probes kept answering: alive, and not ready because of the database.
    expect(during.healthz.statusCode).toBe(200);
    expect(during.readyz.statusCode).toBe(503);
    expect(during.readyz.json().checks).toEqual({ database: 'fail', storage: 'ok' });

    // One line when it went away, one when it came back; no line per request.
    const logged = lines.slice(before);
    expect(logged.filter((l) => l.msg.startsWith('database unreachable'))).toHaveLength(1);
    expect(logged.filter((l) => l.msg.startsWith('database reachable again'))).toHaveLength(1);
    expect(logged.filter((l) => l.level >= 50)).toHaveLength(1);
    expect(logged.filter((l) => l.msg === 'unhandled error')).toHaveLength(0);
    // The requests themselves were logged as usual (the level is info): the silence above is not a muted log.
    expect(infoLines - infoBefore).toBeGreaterThan(answers.length);
  });
});
