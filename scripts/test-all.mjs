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
/**
 * The failed tests, each with the first lines of its error, printed above the totals: the end of a log then says what
 * failed and why, where a runner's own report of the error may be thousands of lines further up.
 */
const failures = [];
/** The browser tests that failed once and passed on the retry, listed the same way. */
const flaky = [];
const ERROR_LINES = 8;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape that starts a terminal colour code
const ANSI = /\u001b\[[0-9;]*m/g;

/** A failure's name, then the start of its error indented under it. */
function failure(name, messages) {
  const lines = messages
    .join('\n')
    .replace(ANSI, '')
    .split('\n')
    // Blank lines and the test runner's own stack frames say nothing about the failure.
    .filter((line) => line.trim() !== '' && !/^\s*at .*(node_modules|<anonymous>)/.test(line))
    .slice(0, ERROR_LINES);
  return [name, ...lines.map((line) => `    ${line}`)].join('\n');
}

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
        failures.push(
          failure(`${kind}${label}: ${relative(result.name)} › ${test.fullName}`, test.failureMessages ?? []),
        );
      }
    }
    // A file that failed to load has no assertions but must still count as a failure.
    if (result.status === 'failed' && result.assertionResults.length === 0) {
      s.failed += 1;
      failures.push(failure(`${kind}${label}: ${relative(result.name)} did not load`, [result.message ?? '']));
    }
  }
}

/** A path relative to the checkout, so that the list reads the same on every machine. */
function relative(file) {
  return path.relative(process.cwd(), file);
}

/**
 * The "file:line › describe › title" of every Playwright test whose outcome was `status` ('unexpected': it failed every
 * attempt; 'flaky': it failed and then passed on the retry), each with the errors of its failed attempts.
 */
function specsWith(status, list, describes = []) {
  return list.flatMap((s) => {
    // A file's own suite is titled with its path; only describe blocks add to the name.
    const titles = s.title === s.file ? describes : [...describes, s.title];
    return [
      ...(s.specs ?? []).flatMap((spec) =>
        spec.tests
          .filter((t) => t.status === status)
          .map((t) =>
            failure(
              [`${spec.file}:${spec.line}`, ...titles, spec.title].join(' › '),
              t.results.flatMap((r) => (r.errors ?? []).map((e) => e.message ?? e.value ?? '')),
            ),
          ),
      ),
      ...specsWith(status, s.suites ?? [], titles),
    ];
  });
}

countVitest(vitestJson);
const browser = suite('browser');
if (existsSync(playwrightJson)) {
  const report = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  browser.passed = report.stats.expected + report.stats.flaky;
  browser.failed = report.stats.unexpected;
  for (const name of specsWith('unexpected', report.suites ?? [])) failures.push(`browser: ${name}`);
  flaky.push(...specsWith('flaky', report.suites ?? []));
} else {
  missing += 1;
}
if (aheadDays) countVitest(aheadJson, ` (clock +${aheadDays} d)`);

// A browser test that passed only on its retry counts as passed, and is named with the error of its first attempt:
// a flake to look into, not to hide (docs/decisions/060).
if (flaky.length > 0)
  console.log(`\nPassed on the retry (flaky):\n${flaky.map((f) => `  browser: ${f}`).join('\n')}\n`);
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
for (const [name, s] of Object.entries(suites)) console.log(`${name}: ${s.passed} passed, ${s.failed} failed`);
const passed = Object.values(suites).reduce((n, s) => n + s.passed, 0);
// A runner that crashed without a report counts as one failure, so a broken suite never looks green.
let failed = Object.values(suites).reduce((n, s) => n + s.failed, 0) + missing;
if (failed === 0 && statuses.some((status) => status !== 0)) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
