// Reads the runners' JSON reports for test-all.mjs: how many passed and failed, and each failed (or flaky) test named
// with the first lines of its error, so that the end of a log says what failed and why, where a runner's own report
// of the error may be thousands of lines further up.
import path from 'node:path';

const ERROR_LINES = 8;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape that starts a terminal colour code
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * A test's name, then the start of its error indented under it.
 * @param {string} name
 * @param {string[]} messages
 */
export function failure(name, messages) {
  const lines = messages
    .join('\n')
    .replace(ANSI, '')
    .split('\n')
    // Blank lines and the test runner's own stack frames say nothing about the failure.
    .filter((line) => line.trim() !== '' && !/^\s*at .*(node_modules|<anonymous>)/.test(line))
    .slice(0, ERROR_LINES);
  return [name, ...lines.map((line) => `    ${line}`)].join('\n');
}

/**
 * A vitest JSON report's tests as unit or integration (the API's `test/` folder), each `{ passed, failed }`, and its
 * failures, each prefixed with its suite's name.
 * @param {any} report
 * @param {string} label added to the suites' names (the second run's clock)
 * @param {string} cwd paths are named relative to it, so that the list reads the same on every machine
 */
export function vitestOutcomes(report, label, cwd) {
  /** @type {Record<string, { passed: number, failed: number }>} */
  const suites = { [`unit${label}`]: { passed: 0, failed: 0 }, [`integration${label}`]: { passed: 0, failed: 0 } };
  /** @type {string[]} */
  const failures = [];
  for (const result of report.testResults) {
    const name = `${/[\\/]apps[\\/]api[\\/]test[\\/]/.test(result.name) ? 'integration' : 'unit'}${label}`;
    const s = suites[name] ?? { passed: 0, failed: 0 };
    const file = path.relative(cwd, result.name);
    for (const test of result.assertionResults) {
      if (test.status === 'passed') s.passed += 1;
      else if (test.status === 'failed') {
        s.failed += 1;
        failures.push(failure(`${name}: ${file} › ${test.fullName}`, test.failureMessages ?? []));
      }
    }
    // A file that failed to load has no assertions but must still count as a failure.
    if (result.status === 'failed' && result.assertionResults.length === 0) {
      s.failed += 1;
      failures.push(failure(`${name}: ${file} did not load`, [result.message ?? '']));
    }
  }
  return { suites, failures };
}

/**
 * A Playwright JSON report's counts, its failed tests (every attempt failed) and its flaky ones (failed, then passed
 * on the retry), each named "browser: file:line › describe › title" with the errors of its failed attempts.
 * @param {any} report
 */
export function playwrightOutcomes(report) {
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    failures: specsWith('unexpected', report.suites ?? []),
    flaky: specsWith('flaky', report.suites ?? []),
  };
}

/**
 * @param {string} status
 * @param {any[]} list
 * @param {string[]} describes
 * @returns {string[]}
 */
function specsWith(status, list, describes = []) {
  return list.flatMap((s) => {
    // A file's own suite is titled with its path; only describe blocks add to the name.
    const titles = s.title === s.file ? describes : [...describes, s.title];
    return [
      ...(s.specs ?? []).flatMap((/** @type {any} */ spec) =>
        spec.tests
          .filter((/** @type {any} */ t) => t.status === status)
          .map((/** @type {any} */ t) =>
            failure(
              `browser: ${[`${spec.file}:${spec.line}`, ...titles, spec.title].join(' › ')}`,
              t.results.flatMap((/** @type {any} */ r) =>
                (r.errors ?? []).map((/** @type {any} */ e) => e.message ?? e.value ?? ''),
              ),
            ),
          ),
      ),
      ...specsWith(status, s.suites ?? [], titles),
    ];
  });
}
