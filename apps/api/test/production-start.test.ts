// Production is not the demo: an operator's first start on an empty database has no demo account, no simulator
// unless named, no password in its output, and a one-time link that creates the first administrator.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startConsole } from '../src/boot.ts';
import { ConfigError } from '../src/config.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { createClient } from './helpers/http-client.ts';
import { createTestDatabase } from './helpers/test-database.ts';

const ALL_NAMED = 'miit,registrar,cloud,sms,courier,mail';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn();
});

async function freshEnvironment() {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'beian-prod-'));
  cleanups.push(
    () => rm(dataDir, { recursive: true, force: true }),
    () => database.drop(),
  );
  return {
    database,
    env: {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      JOBS: 'false',
      DATA_DIR: dataDir,
      WEB_DIST_DIR: path.join(dataDir, 'no-web'),
      CERT_HASH_KEY: 'k'.repeat(40),
      ...(database.url ? { DATABASE_URL: database.url } : {}),
    } as Record<string, string>,
  };
}

async function start(env: Record<string, string>) {
  const said: string[] = [];
  const warned: string[] = [];
  const running = await startConsole(env, { say: (l) => said.push(l), warn: (l) => warned.push(l) });
  cleanups.push(() => running.close());
  return { running, said, warned, output: [...warned, ...said].join('\n') };
}

async function refusal(env: Record<string, string>): Promise<string[]> {
  const started = startConsole(env, { say: () => {}, warn: () => {} });
  await expect(started).rejects.toBeInstanceOf(ConfigError);
  return ((await started.catch((e: unknown) => e)) as ConfigError).problems;
}

const tokenOf = (output: string) => /\/setup#token=([A-Za-z0-9_-]{43})/.exec(output)?.[1];

describe('a production start', () => {
  it('refuses to start without simulators named, saying which systems have no production adapter', async () => {
    const { env } = await freshEnvironment();
    const problems = (await refusal(env)).join('\n');
    for (const system of ['miit', 'registrar', 'cloud', 'sms', 'courier']) expect(problems).toContain(system);
    expect(problems).toMatch(/SMTP_URL.*mail/);

    // SIMULATORS=false runs email on its real adapter when one is configured, and names only what has none.
    const withSmtp = (await refusal({ ...env, SIMULATORS: 'false', SMTP_URL: 'smtp://mail.internal:587' })).join('\n');
    expect(withSmtp).toContain('courier (courier)');
    expect(withSmtp).not.toContain('SMTP_URL');
  });

  it('does not accept SIMULATORS=true in production: each simulator must be named', async () => {
    const { env } = await freshEnvironment();
    const problems = await refusal({ ...env, SIMULATORS: 'true' });
    expect(problems.join('\n')).toContain(`name each simulator you accept (SIMULATORS=${ALL_NAMED})`);
    expect((await refusal({ ...env, SIMULATORS: 'miit,whois' })).join('\n')).toContain('unknown simulator "whois"');
  });

  it('with simulators named: warns loudly, creates no account, prints no password, and prints a one-time admin link', async () => {
    const { env } = await freshEnvironment();
    const { running, warned, said, output } = await start({ ...env, SIMULATORS: ALL_NAMED });

    expect(warned.join('\n')).toMatch(/production runs on SIMULATED outside systems: miit .*courier .*mail/);
    expect(await running.db.account.count()).toBe(0);
    expect(output).not.toContain(DEMO_PASSWORD);
    expect(output).not.toMatch(/password\s*[:=(]/i);
    expect(said.some((l) => l.includes('demo accounts'))).toBe(false);
    const token = tokenOf(output);
    expect(said.filter((l) => l.includes('/setup#token=')).map((l) => l.trim())).toEqual([
      `${running.url}/setup#token=${token}`,
    ]);

    // The link's page checks it, then creates the administrator once; the link is spent after that.
    const browser = createClient(running.app);
    expect((await browser.post('/api/setup/link', { token })).json()).toMatchObject({ expiresAt: expect.any(String) });
    const admin = { token, email: 'ops@example.com', displayName: '运维管理员', password: 'a-long-admin-passphrase' };
    const created = await browser.post('/api/setup/admin', admin);
    expect(created.statusCode).toBe(201);
    expect(created.json().account).toMatchObject({ email: 'ops@example.com', role: 'ADMIN' });
    const again = await browser.post('/api/setup/admin', { ...admin, email: 'second@example.com' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SETUP_DONE');
    expect((await browser.post('/api/setup/link', { token })).json().code).toBe('SETUP_DONE');
    expect(await running.db.account.count()).toBe(1);
    expect(await running.db.auditLog.count({ where: { action: 'setup.first-admin' } })).toBe(1);

    // The administrator signs in with the password they chose, and the simulators are there for them.
    expect((await browser.login('ops@example.com', 'a-long-admin-passphrase')).statusCode).toBe(200);
    expect((await browser.get('/api/simulator/sms-outbox')).statusCode).toBe(200);
  });

  it('prints no link once an administrator exists, and a spent or wrong token creates nobody', async () => {
    const { env } = await freshEnvironment();
    const first = await start({ ...env, SIMULATORS: ALL_NAMED });
    const browser = createClient(first.running.app);
    const wrong = await browser.post('/api/setup/admin', {
      token: 'B'.repeat(43),
      email: 'intruder@example.com',
      displayName: 'x',
      password: 'a-long-admin-passphrase',
    });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().code).toBe('SETUP_LINK_INVALID');
    const token = tokenOf(first.output);
    // The administrator's password follows the same policy as everyone's, and a refusal does not spend the link.
    const common = await browser.post('/api/setup/admin', {
      token,
      email: 'ops@example.com',
      displayName: '管理员',
      password: 'password1234',
    });
    expect(common.statusCode).toBe(400);
    expect(common.json()).toMatchObject({ code: 'PASSWORD_COMMON', errors: [{ path: 'password' }] });
    const ok = { token, email: 'ops@example.com', displayName: '管理员', password: 'a-long-admin-passphrase' };
    expect((await browser.post('/api/setup/admin', ok)).statusCode).toBe(201);
    await first.running.close();

    const second = await start({ ...env, SIMULATORS: ALL_NAMED });
    expect(tokenOf(second.output)).toBeUndefined();
  });

  it('creates exactly one administrator when two links are used at the same moment', async () => {
    const { env } = await freshEnvironment();
    const { running } = await start({ ...env, SIMULATORS: ALL_NAMED });
    const links = [await running.app.setup.issueLink(running.url), await running.app.setup.issueLink(running.url)];
    const answers = await Promise.all(
      links.map((link, i) =>
        createClient(running.app).post('/api/setup/admin', {
          token: tokenOf(link?.url ?? ''),
          email: `admin-${i}@example.com`,
          displayName: `管理员 ${i}`,
          password: 'a-long-admin-passphrase',
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(await running.db.account.count({ where: { role: 'ADMIN' } })).toBe(1);
  });

  it('creates demo accounts only when SEED_DEMO_DATA=true is set, and then says so loudly', async () => {
    const { env } = await freshEnvironment();
    const { running, warned, output } = await start({ ...env, SIMULATORS: ALL_NAMED, SEED_DEMO_DATA: 'true' });
    expect(warned.join('\n')).toContain('SEED_DEMO_DATA=true in production');
    expect(await running.db.account.count()).toBe(DEMO_ACCOUNTS.length);
    expect(output).not.toContain(DEMO_PASSWORD);
    // The demo administrator exists, so there is no setup link.
    expect(tokenOf(output)).toBeUndefined();
  });
});

describe('a development start', () => {
  it('runs the demo on its defaults: demo accounts and simulators, no warning, no password printed', async () => {
    const { env } = await freshEnvironment();
    const { NODE_ENV: _production, CERT_HASH_KEY: _key, ...development } = env;
    const { running, warned, said, output } = await start(development);
    expect(warned).toEqual([]);
    expect(await running.db.account.count()).toBe(DEMO_ACCOUNTS.length);
    for (const a of DEMO_ACCOUNTS) expect(said.some((l) => l.includes(a.email))).toBe(true);
    expect(output).not.toContain(DEMO_PASSWORD);
    expect(await running.db.simMiitSubject.count()).toBeGreaterThan(0);
  });
});
