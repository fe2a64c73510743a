// A test app with the simulator seed loaded (and the demo accounts, so the demo applicant has its resources).
import { createAdapters } from '../../src/adapters/index.ts';
import type { Clock } from '../../src/lib/clock.ts';
import { seedDemoAccounts } from '../../src/seed/demo-accounts.ts';
import { DEMO_APPLICANT_EMAIL, seedSimulators } from '../../src/seed/simulators/seed-simulators.ts';
import { createTestApp } from '../helpers/test-app.ts';

/** `env` adds to the test configuration (e.g. longer sessions for a test that moves the clock by days). */
export async function createSimulatorTestApp(clock: Clock, env?: Record<string, string>) {
  const t = await createTestApp({ clock, env });
  await seedDemoAccounts(t.db, clock);
  const seeded = await seedSimulators({ db: t.db, clock, certHashKey: t.config.certHashKey });
  const applicant = await t.db.account.findUniqueOrThrow({ where: { email: DEMO_APPLICANT_EMAIL } });
  // The same adapters the app uses, over the same database and clock.
  const adapters = createAdapters({ config: t.config, db: t.db, clock });
  return { ...t, adapters, seeded, applicant };
}

export type SimulatorTestApp = Awaited<ReturnType<typeof createSimulatorTestApp>>;
