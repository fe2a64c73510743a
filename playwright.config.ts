// Browser tests: Debian's Chromium against the production API server, which serves the built SPA.
// Run `npm run build` first (the root `test` script does): the server serves apps/web/dist as it is.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const root = path.dirname(fileURLToPath(import.meta.url));
// E2E_PORT lets two checkouts run their browser tests side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Every run gets its own embedded database and S3 folder. Workers re-evaluate this file, so the folder is chosen
// once and passed down through the environment.
process.env.BEIAN_E2E_DATA_DIR ??= path.join(root, '.test-output', 'e2e-data', `run-${Date.now()}-${process.pid}`);
const dataDir = process.env.BEIAN_E2E_DATA_DIR;
mkdirSync(path.dirname(dataDir), { recursive: true });

export default defineConfig({
  testDir: 'e2e',
  outputDir: '.test-output/playwright-artifacts',
  fullyParallel: false,
  workers: 2,
  // One retry; a test that passes only on it is listed as flaky at the end of `npm test` (docs/decisions/060).
  retries: 1,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.test-output/playwright.json' }]],
  use: {
    baseURL,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Debian's Chromium; CHROMIUM_PATH points elsewhere on machines that have it elsewhere.
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'npm run start -w @beian/api',
    cwd: root,
    url: `${baseURL}/readyz`,
    reuseExistingServer: false,
    timeout: 180_000,
    // The server's request log would drown the test report; its errors still show.
    stdout: 'ignore',
    stderr: 'pipe',
    // Always the embedded database and S3, like a newcomer's first `npm start`, even when the shell that runs the
    // tests points DATABASE_URL at a real PostgreSQL for the integration tests.
    // Two workers drive several applicants, reviewers and admins from one address at once, each page load fetching
    // every script chunk: more than the per-address budget a real address gets (600 a minute), so the spec run
    // gets five times that rather than 429s that depend on which specs happen to overlap.
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
      DATABASE_URL: '',
      S3_ENDPOINT: '',
      RATE_LIMIT_PER_MINUTE: '3000',
    },
  },
});
