import { describe, expect, it } from 'vitest';
import { failure, playwrightOutcomes, vitestOutcomes } from './test-report.mjs';

const cwd = '/checkout';

describe('failure', () => {
  it('names the test, then the first lines of its error without colours, blank lines or the runner’s frames', () => {
    const message = [
      '\u001b[31mAssertionError: expected 1 to be 2\u001b[39m',
      '',
      '    at /checkout/apps/web/src/a.test.ts:2:48',
      '    at file:///checkout/node_modules/@vitest/runner/dist/index.js:302:11',
      '    at new Promise (<anonymous>)',
      ...Array.from({ length: 10 }, (_, i) => `line ${i + 1}`),
    ].join('\n');
    expect(failure('unit: a.test.ts › adds', [message]).split('\n')).toEqual([
      'unit: a.test.ts › adds',
      '    AssertionError: expected 1 to be 2',
      '        at /checkout/apps/web/src/a.test.ts:2:48',
      ...Array.from({ length: 6 }, (_, i) => `    line ${i + 1}`),
    ]);
  });
});

describe('vitestOutcomes', () => {
  const report = {
    testResults: [
      {
        name: '/checkout/apps/api/test/auth/login.test.ts',
        status: 'failed',
        assertionResults: [
          { status: 'passed', fullName: 'signs in', failureMessages: [] },
          { status: 'failed', fullName: 'refuses a wrong password', failureMessages: ['Error: expected 401'] },
          { status: 'skipped', fullName: 'later', failureMessages: [] },
        ],
      },
      { name: '/checkout/apps/web/src/b.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
      {
        name: '/checkout/apps/web/src/c.test.ts',
        status: 'failed',
        message: 'SyntaxError: nope',
        assertionResults: [],
      },
    ],
  };

  it('counts the API’s test folder as integration and the rest as unit, a file that did not load as one failure', () => {
    const { suites, failures } = vitestOutcomes(report, ' (clock +400 d)', cwd);
    expect(suites).toEqual({
      'unit (clock +400 d)': { passed: 1, failed: 1 },
      'integration (clock +400 d)': { passed: 1, failed: 1 },
    });
    expect(failures).toEqual([
      'integration (clock +400 d): apps/api/test/auth/login.test.ts › refuses a wrong password\n    Error: expected 401',
      'unit (clock +400 d): apps/web/src/c.test.ts did not load\n    SyntaxError: nope',
    ]);
  });
});

describe('playwrightOutcomes', () => {
  const attempt = (status: string, message?: string) => ({
    status,
    errors: message ? [{ message }] : [],
  });
  const report = {
    stats: { expected: 1, flaky: 1, unexpected: 1 },
    suites: [
      {
        title: 'admin.spec.ts',
        file: 'admin.spec.ts',
        specs: [
          {
            title: 'passes',
            file: 'admin.spec.ts',
            line: 3,
            tests: [{ status: 'expected', results: [attempt('passed')] }],
          },
        ],
        suites: [
          {
            title: 'on a phone',
            file: 'admin.spec.ts',
            specs: [
              {
                title: 'stalls once',
                file: 'admin.spec.ts',
                line: 9,
                tests: [
                  {
                    status: 'flaky',
                    results: [attempt('timedOut', 'Test timeout of 90000ms exceeded.'), attempt('passed')],
                  },
                ],
              },
              {
                title: 'fails',
                file: 'admin.spec.ts',
                line: 20,
                tests: [
                  { status: 'unexpected', results: [attempt('failed', 'Error: one'), attempt('failed', 'Error: two')] },
                ],
              },
            ],
          },
        ],
      },
    ],
  };

  it('counts a flaky test as passed, and names it apart from the failed ones with the errors of its failed attempts', () => {
    expect(playwrightOutcomes(report)).toEqual({
      passed: 2,
      failed: 1,
      failures: ['browser: admin.spec.ts:20 › on a phone › fails\n    Error: one\n    Error: two'],
      flaky: ['browser: admin.spec.ts:9 › on a phone › stalls once\n    Test timeout of 90000ms exceeded.'],
    });
  });
});
