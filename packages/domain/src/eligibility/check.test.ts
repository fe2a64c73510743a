import { describe, expect, it } from 'vitest';
import { fail, ok } from '../result.ts';
import { checkFromResult, failed, overallStatus, passed, warned } from './check.ts';

describe('checks', () => {
  it('turns a Result into a named check', () => {
    expect(checkFromResult('X', ok(1))).toEqual({ name: 'X', status: 'pass' });
    expect(checkFromResult('X', ok(1, ['W1', 'W2']))).toEqual({ name: 'X', status: 'warn', reason: 'W1' });
    expect(checkFromResult('X', fail('F'))).toEqual({ name: 'X', status: 'fail', reason: 'F' });
  });

  it('summarises by the worst status', () => {
    expect(overallStatus([])).toBe('pass');
    expect(overallStatus([passed('A'), warned('B', 'W')])).toBe('warn');
    expect(overallStatus([warned('B', 'W'), failed('C', 'F'), passed('A')])).toBe('fail');
  });
});
