// Runs every suite (unit and integration through vitest, browser through Playwright) and ends with one
// plain line that totals them all: "N passed, N failed".
// With TEST_CLOCK_AHEAD_DAYS=N (CI sets it), the unit and integration suites run a second time with the process clock
// moved N days ahead by Debian's faketime: the suite must mean the same on any date, not only the day it was written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { playwrightOutcomes, vitestOutcomes } from './test-report.mjs';

const OUT = '.test-output';
mkdirSync(OUT, { recursive: true });
const vitestJson = `${OUT}/vitest.json`;
const aheadJson = `${OUT}/vitest-clock-ahead.json`;
const playwrightJson = `${OUT}/playwright.json`;
for (const f of [vitestJson, aheadJson, playwrightJson]) rmSync(f, { force: true });

const run = (cmd, args, env = process.env) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;
const vitestArgs = (json) => ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`];

const statuses = [run('npx', vitestArgs(vitestJson)), run('npx', ['playwright', 'test'])];

const aheadDays = process.env.TEST_CLOCK_AHEAD_DAYS;
if (aheadDays) {
  if (!/^\d+$/.test(aheadDays)) throw new Error(`TEST_CLOCK_AHEAD_DAYS="${aheadDays}": a whole number of days`);
  console.log(`\nUnit and integration suites again, with the clock ${aheadDays} days ahead (faketime):\n`);
  // Monotonic time stays real so that timers and timeouts keep working; PostgreSQL (another process) keeps the real
  // date, as a deployment with clock skew would.
  const env = { ...process.env, FAKETIME_DONT_FAKE_MONOTONIC: '1' };
  statuses.push(run('faketime', ['-f', `+${aheadDays}d`, 'npx', ...vitestArgs(aheadJson)], env));
}

const suites = {};
let missing = 0;
const failures = [];
/** The browser tests that failed once and passed on the retry. */
const flaky = [];

/** Adds a vitest JSON report to the unit and integration counts, or counts a missing report as a failure. */
function countVitest(file, label = '') {
  if (!existsSync(file)) {
    suites[`unit${label}`] ??= { passed: 0, failed: 0 };
    suites[`integration${label}`] ??= { passed: 0, failed: 0 };
    missing += 1;
    return;
  }
  const outcomes = vitestOutcomes(JSON.parse(readFileSync(file, 'utf8')), label, process.cwd());
  Object.assign(suites, outcomes.suites);
  failures.push(...outcomes.failures);
}

countVitest(vitestJson);
const browser = existsSync(playwrightJson)
  ? playwrightOutcomes(JSON.parse(readFileSync(playwrightJson, 'utf8')))
  : null;
suites.browser = { passed: browser?.passed ?? 0, failed: browser?.failed ?? 0 };
if (browser) {
  failures.push(...browser.failures);
  flaky.push(...browser.flaky);
} else {
  missing += 1;
}
if (aheadDays) countVitest(aheadJson, ` (clock +${aheadDays} d)`);

// A browser test that passed only on its retry counts as passed, and is named with the error of its first attempt:
// a flake to look into, not to hide (docs/decisions/060).
if (flaky.length > 0) console.log(`\nPassed on the retry (flaky):\n${flaky.map((f) => `  ${f}`).join('\n')}\n`);
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
for (const [name, s] of Object.entries(suites)) console.log(`${name}: ${s.passed} passed, ${s.failed} failed`);
const passed = Object.values(suites).reduce((n, s) => n + s.passed, 0);
// A runner that crashed without a report counts as one failure, so a broken suite never looks green.
let failed = Object.values(suites).reduce((n, s) => n + s.failed, 0) + missing;
if (failed === 0 && statuses.some((status) => status !== 0)) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
