// What the console says at start: where it runs, what it runs on, and loud warnings when production runs on
// demo parts. It never prints a password.
import { OUTSIDE_SYSTEM_LABELS, OUTSIDE_SYSTEMS } from './adapters/outside-systems.ts';
import type { Config } from './config.ts';

/** Lines to print loudly (stderr and the log) when production runs on simulators or demo accounts. */
export function productionWarnings(config: Config): string[] {
  if (config.NODE_ENV !== 'production') return [];
  const warnings: string[] = [];
  const simulated = OUTSIDE_SYSTEMS.filter((s) => config.simulated.has(s));
  if (simulated.length > 0) {
    warnings.push(
      `WARNING: production runs on SIMULATED outside systems: ${simulated.map((s) => `${s} (${OUTSIDE_SYSTEM_LABELS[s]})`).join(', ')}.`,
      'WARNING: nothing filed here reaches MIIT or a bureau, and no real text, email or parcel leaves for a simulated system. Use it for a demo or a trial only.',
    );
  }
  if (config.SEED_DEMO_DATA) {
    warnings.push(
      'WARNING: SEED_DEMO_DATA=true in production: an empty database gets demo accounts, an administrator among them, whose password is published. Never on a console that holds real filings.',
    );
  }
  return warnings;
}

/** A box of exclamation marks around the warnings, so that they stand out in a start log. */
export function loud(lines: string[]): string[] {
  if (lines.length === 0) return [];
  const rule = '!'.repeat(100);
  return [rule, ...lines.map((l) => `!! ${l}`), rule];
}
