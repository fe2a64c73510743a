// Runs every suite (unit and integration through vitest, browser through Playwright) and ends with one
// plain line that totals them all: "N passed, N failed".
// With TEST_CLOCK_AHEAD_DAYS=N (CI sets it), the unit and integration suites run a second time with the process clock
// moved N days ahead by Debian's faketime: the suite must mean the same on any date, not only the day it was written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

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
const suite = (name) => {
  suites[name] ??= { passed: 0, failed: 0 };
  return suites[name];
};
let missing = 0;
/** Names of the failed tests, printed above the totals so that the end of a log says what failed, not only how many. */
const failures = [];

/** Adds a vitest JSON report to the unit and integration counts, or counts a missing report as a failure. */
function countVitest(file, label = '') {
  suite(`unit${label}`);
  suite(`integration${label}`);
  if (!existsSync(file)) {
    missing += 1;
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const result of report.testResults) {
    const kind = /[\\/]apps[\\/]api[\\/]test[\\/]/.test(result.name) ? 'integration' : 'unit';
    const s = suite(`${kind}${label}`);
    for (const test of result.assertionResults) {
      if (test.status === 'passed') s.passed += 1;
      else if (test.status === 'failed') {
        s.failed += 1;
        failures.push(`${kind}${label}: ${relative(result.name)} › ${test.fullName}`);
      }
    }
    // A file that failed to load has no assertions but must still count as a failure.
    if (result.status === 'failed' && result.assertionResults.length === 0) {
      s.failed += 1;
      failures.push(`${kind}${label}: ${relative(result.name)} did not load`);
    }
  }
}

/** A path relative to the checkout, so that the list reads the same on every machine. */
function relative(file) {
  return path.relative(process.cwd(), file);
}

/** The "file:line › describe › title" of every Playwright test whose outcome was unexpected. */
function failedSpecs(list, describes = []) {
  return list.flatMap((s) => {
    // A file's own suite is titled with its path; only describe blocks add to the name.
    const titles = s.title === s.file ? describes : [...describes, s.title];
    return [
      ...(s.specs ?? [])
        .filter((spec) => spec.tests.some((t) => t.status === 'unexpected'))
        .map((spec) => [`${spec.file}:${spec.line}`, ...titles, spec.title].join(' › ')),
      ...failedSpecs(s.suites ?? [], titles),
    ];
  });
}

countVitest(vitestJson);
const browser = suite('browser');
if (existsSync(playwrightJson)) {
  const report = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  browser.passed = report.stats.expected + report.stats.flaky;
  browser.failed = report.stats.unexpected;
  for (const name of failedSpecs(report.suites ?? [])) failures.push(`browser: ${name}`);
} else {
  missing += 1;
}
if (aheadDays) countVitest(aheadJson, ` (clock +${aheadDays} d)`);

if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
for (const [name, s] of Object.entries(suites)) console.log(`${name}: ${s.passed} passed, ${s.failed} failed`);
const passed = Object.values(suites).reduce((n, s) => n + s.passed, 0);
// A runner that crashed without a report counts as one failure, so a broken suite never looks green.
let failed = Object.values(suites).reduce((n, s) => n + s.failed, 0) + missing;
if (failed === 0 && statuses.some((status) => status !== 0)) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
