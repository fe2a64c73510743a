// Builds the real app on the real runtime (fresh database, in-process s3rver in a temp folder) for one test file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DestinationStream } from 'pino';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { startRuntime } from '../../src/infra/runtime.ts';
import type { Clock } from '../../src/lib/clock.ts';
import { createTestDatabase } from './test-database.ts';

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Where a test app's clock starts unless the test says otherwise: a Monday, 10:00 in Beijing, a working day. */
export const TEST_START = new Date('2026-11-30T02:00:00Z');

/** A clock that tests move by hand. */
export function manualClock(start = TEST_START) {
  let now = start;
  return {
    now: () => now,
    set: (at: Date) => {
      now = at;
    },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  } satisfies Clock & Record<string, unknown>;
}

export type TestAppOptions = {
  env?: Record<string, string>;
  clock?: Clock;
  /** The URL the app uses for its fresh database, e.g. through a proxy a test can cut (PostgreSQL only). */
  databaseUrl?: (url: string) => string;
  /** DATABASE_DIRECT_URL for the fresh database, beside a `databaseUrl` that goes through a pooler. */
  directDatabaseUrl?: (url: string) => string;
  /** Where the app's log goes (LOG_LEVEL in `env` decides what it holds). */
  logStream?: DestinationStream;
};

export async function createTestApp(options: TestAppOptions = {}) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'beian-test-'));
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    SEED_DEMO_DATA: 'false',
    WEB_DIST_DIR: path.join(dataDir, 'no-web'),
    ...(database.url ? { DATABASE_URL: options.databaseUrl?.(database.url) ?? database.url } : {}),
    ...(database.url && options.directDatabaseUrl
      ? { DATABASE_DIRECT_URL: options.directDatabaseUrl(database.url) }
      : {}),
    ...options.env,
  });
  const runtime = await startRuntime(config, () => {});
  // Never the wall clock: a test gives its own, or runs on TEST_START, so the suite means the same on any day.
  const app = await buildApp({
    config,
    db: runtime.db,
    storage: runtime.storage,
    clock: options.clock ?? manualClock(),
    logStream: options.logStream,
  });
  await app.ready();
  return {
    app,
    db: runtime.db,
    storage: runtime.storage,
    config,
    async close() {
      await app.close();
      await runtime.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
