// Runs every suite (unit and integration through vitest, browser through Playwright) and ends with one
// plain line that totals them all: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const OUT = '.test-output';
mkdirSync(OUT, { recursive: true });
const vitestJson = `${OUT}/vitest.json`;
const playwrightJson = `${OUT}/playwright.json`;
for (const f of [vitestJson, playwrightJson]) rmSync(f, { force: true });

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;

const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const playwrightStatus = run('npx', ['playwright', 'test']);

const suites = {
  unit: { passed: 0, failed: 0 },
  integration: { passed: 0, failed: 0 },
  browser: { passed: 0, failed: 0 },
};
let missing = 0;

if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  for (const file of report.testResults) {
    const suite = /[\\/]apps[\\/]api[\\/]test[\\/]/.test(file.name) ? suites.integration : suites.unit;
    for (const test of file.assertionResults) {
      if (test.status === 'passed') suite.passed += 1;
      else if (test.status === 'failed') suite.failed += 1;
    }
    // A file that failed to load has no assertions but must still count as a failure.
    if (file.status === 'failed' && file.assertionResults.length === 0) suite.failed += 1;
  }
} else {
  missing += 1;
}

if (existsSync(playwrightJson)) {
  const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  suites.browser.passed = stats.expected + stats.flaky;
  suites.browser.failed = stats.unexpected;
} else {
  missing += 1;
}

for (const [name, s] of Object.entries(suites)) console.log(`${name}: ${s.passed} passed, ${s.failed} failed`);
const passed = Object.values(suites).reduce((n, s) => n + s.passed, 0);
// A runner that crashed without a report counts as one failure, so a broken suite never looks green.
let failed = Object.values(suites).reduce((n, s) => n + s.failed, 0) + missing;
if (failed === 0 && (vitestStatus !== 0 || playwrightStatus !== 0)) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
