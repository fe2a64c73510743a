// Starts the console: config, runtime, seed data, the app on its port, the background jobs, and the start banner.
// server.ts adds the process's signals; tests start the console here with an environment of their own.
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { startRuntime } from './infra/runtime.ts';
import { createJobRunner } from './jobs/job-runner.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import { publicUrlOf } from './lib/public-url.ts';
import { DEMO_ACCOUNTS, seedDemoAccounts } from './seed/demo-accounts.ts';
import { seedPhotoPoints } from './seed/photo-points/photo-points.seed.ts';
import { seedSimulators } from './seed/simulators/seed-simulators.ts';
import { loud, productionWarnings } from './start-banner.ts';

export type StartOutput = { say: (line: string) => void; warn: (line: string) => void };

/** Throws ConfigError (before touching anything) when the environment is not a console that can start. */
export async function startConsole(
  env: Record<string, string | undefined>,
  out: StartOutput,
  clock: Clock = systemClock,
) {
  const config = loadConfig(env);
  const warnings = productionWarnings(config);
  for (const line of loud(warnings)) out.warn(line);

  const runtime = await startRuntime(config, out.say, out.warn);
  try {
    if (config.SEED_DEMO_DATA && (await seedDemoAccounts(runtime.db, clock))) out.say('loaded demo accounts');
    // After the demo accounts: the demo operator is placed at one of the points.
    if (config.SEED_DEMO_DATA) {
      const points = await seedPhotoPoints(runtime.db, clock);
      if (points > 0) out.say(`loaded ${points} demo photo points`);
    }
    // After the demo accounts, so that the demo applicant gets its cloud resources; inserts only what is missing.
    // The registry, WHOIS and cloud simulators share one seeded world (config accepts them only together).
    if (config.simulated.has('miit')) {
      const rows = await seedSimulators({ db: runtime.db, clock, certHashKey: config.certHashKey });
      if (rows > 0) out.say(`loaded simulator data (${rows} rows; see docs/demo-data.md)`);
    }
    const app = await buildApp({ config, db: runtime.db, storage: runtime.storage, clock });
    for (const line of warnings) app.log.warn(line);
    await app.listen({ host: config.HOST, port: config.PORT });
    const jobs = createJobRunner({ db: runtime.db, clock, jobs: app.backgroundJobs.list, log: app.log });
    if (config.JOBS) jobs.start();

    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const url = publicUrlOf(config, port);
    out.say(`Beian Console is running at ${url}  (API docs: ${url}/api/docs)`);
    if (config.SEED_DEMO_DATA) {
      out.say('demo accounts (their password is in README.md):');
      for (const a of DEMO_ACCOUNTS) out.say(`  ${a.role.padEnd(9)} ${a.email}`);
    }
    const link = await app.setup.issueLink(url);
    if (link) {
      out.say('No administrator yet. Open this one-time link to create the first one (it works once, until');
      out.say(`${link.expiresAt.toISOString()}; a restart prints a new one while there is no administrator):`);
      out.say(`  ${link.url}`);
    }

    let closed: Promise<void> | undefined;
    return {
      app,
      config,
      db: runtime.db,
      url,
      /** Jobs first: a run in progress finishes with the database and storage still there. Once, however often asked. */
      close() {
        closed ??= (async () => {
          await jobs.stop();
          await app.close();
          await runtime.close();
        })();
        return closed;
      },
    };
  } catch (error) {
    await runtime.close();
    throw error;
  }
}
