// The production build: the API compiled to plain JavaScript starts with node alone (no TypeScript loader), migrates
// an empty database from its migration process, reads the files its modules keep beside their sources, and answers.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApi } from '../../../../scripts/build-api.ts';
import { databaseUrlFor } from '../global-setup.ts';

const apiRoot = fileURLToPath(new URL('../..', import.meta.url));
// Inside apps/api, so that the build resolves node_modules exactly as apps/api/dist does; git ignores it.
const outdir = path.join(apiRoot, 'node_modules/.cache/compiled-server-test');
const cleanups: (() => Promise<unknown>)[] = [];
let server: ChildProcess;
let url = '';
let output = '';

/** An empty database on the test PostgreSQL (not the migrated template), or undefined for embedded PGlite. */
async function emptyDatabase(): Promise<string | undefined> {
  const target = inject('testDatabase');
  if (!target) return undefined;
  const name = `beian_build_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: target.adminUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  cleanups.push(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  return databaseUrlFor(target.adminUrl, name);
}

beforeAll(async () => {
  const built = await buildApi(outdir);
  cleanups.push(() => rm(outdir, { recursive: true, force: true }));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'beian-compiled-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const databaseUrl = await emptyDatabase();
  server = spawn(process.execPath, ['--openssl-legacy-provider', built.server], {
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      WEB_DIST_DIR: path.join(dataDir, 'no-web'),
      LOG_LEVEL: 'warn',
      JOBS: 'false',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(async () => {
    if (server.exitCode !== null) return;
    server.kill('SIGKILL');
    await new Promise((resolve) => server.once('exit', resolve));
  });
  url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /running at (http:\/\/\S+)/.exec(output);
      if (found?.[1]) resolve(found[1]);
    };
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
    server.once('exit', (code) => reject(new Error(`the compiled server exited (${code}):\n${output}`)));
  });
});

afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn();
});

describe('the compiled server', () => {
  it('applied the migrations to the empty database and answers /healthz and /readyz', async () => {
    expect(output).toContain('applied migrations:');
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${url}/readyz`);
    expect(await ready.json()).toMatchObject({ status: 'ok', checks: { database: 'ok', storage: 'ok' } });
  });

  it('finds the files its modules read beside their sources (the common-password list)', async () => {
    const csrf = await fetch(`${url}/api/auth/csrf`);
    const cookie = csrf.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    const { token } = (await csrf.json()) as { token: string };
    const res = await fetch(`${url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': token },
      body: JSON.stringify({ email: 'someone@example.cn', password: 'password123', displayName: 'Someone' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'PASSWORD_COMMON' });
  });

  it('closes on SIGTERM with exit code 0', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
