// An operator's first production start: no demo accounts, a one-time link printed at start, and the first
// administrator created through it in the browser. The console runs here as its own process on an empty database.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';

const port = Number(process.env.E2E_PORT ?? 3100) + 50;
let server: ChildProcess | undefined;
let dataDir = '';
let output = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(tmpdir(), 'beian-e2e-prod-'));
  server = spawn('npm', ['run', 'start', '-w', '@beian/api'], {
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      S3_ENDPOINT: '',
      JOBS: 'false',
      LOG_LEVEL: 'warn',
      SIMULATORS: 'miit,registrar,cloud,sms,courier,mail',
    },
  });
  server.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await expect.poll(() => output, { timeout: 170_000, intervals: [500] }).toMatch(/\/setup#token=\S+/);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

test('the first administrator is created through the link printed at a production start', async ({ page }) => {
  expect(output).toContain('production runs on SIMULATED outside systems');
  expect(output).not.toContain('demo accounts');
  expect(output).not.toMatch(/Passw0rd/);
  const link = /(http:\/\/\S+\/setup#token=\S+)/.exec(output)?.[1] ?? '';

  // No demo administrator to sign in with.
  await page.goto(`http://127.0.0.1:${port}/login`);
  await page.getByLabel('邮箱').fill('admin@demo.beian.test');
  await page.getByLabel('密码').fill('Demo-Passw0rd!');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('邮箱或密码不正确');

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: '创建首个管理员' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('姓名').fill('运维管理员');
  await page.getByLabel('邮箱').fill('ops@example.com');
  await page.getByLabel('密码').fill('an-admin-passphrase-2026');
  await page.getByRole('button', { name: '创建管理员' }).click();
  await expect(page.getByText('管理员已创建')).toBeVisible();

  await page.getByRole('link', { name: '前往登录' }).click();
  await page.getByLabel('邮箱').fill('ops@example.com');
  await page.getByLabel('密码').fill('an-admin-passphrase-2026');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '管理概览' })).toBeVisible();

  // The link is spent.
  await page.goto(link);
  await expect(page.getByText(/此控制台已有管理员/)).toBeVisible();
});
