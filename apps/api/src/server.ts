// Entry point: parse config, bring up the runtime, build the app, listen, and close gracefully on a signal.
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { startRuntime } from './infra/runtime.ts';
import { createJobRunner } from './jobs/job-runner.ts';
import { systemClock } from './lib/clock.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from './seed/demo-accounts.ts';
import { seedSimulators } from './seed/simulators/seed-simulators.ts';

const say = (message: string) => process.stdout.write(`[beian] ${message}\n`);

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const runtime = await startRuntime(config, say);
  if (config.SEED_DEMO_DATA && (await seedDemoAccounts(runtime.db))) say('loaded demo data');
  // After the demo accounts, so that the demo applicant gets its cloud resources; inserts only what is missing.
  if (config.SIMULATORS) {
    const rows = await seedSimulators({ db: runtime.db, clock: systemClock, certHashKey: config.certHashKey });
    if (rows > 0) say(`loaded simulator data (${rows} rows; see docs/demo-data.md)`);
  }
  const app = await buildApp({ config, db: runtime.db, storage: runtime.storage });
  await app.listen({ host: config.HOST, port: config.PORT });
  const jobs = createJobRunner({ db: runtime.db, clock: app.clock, jobs: app.backgroundJobs.list, log: app.log });
  if (config.JOBS) jobs.start();

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`;
  say(`Beian Console is running at ${url}  (API docs: ${url}/api/docs)`);
  if (config.SEED_DEMO_DATA) {
    say(`demo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) say(`  ${a.role.padEnd(9)} ${a.email}`);
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`${signal} received: finishing requests and closing`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    // Jobs first: a run in progress finishes with the database and storage still there.
    await jobs.stop();
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(
    `[beian] failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
