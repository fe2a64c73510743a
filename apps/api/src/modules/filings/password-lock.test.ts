import { describe, expect, it } from 'vitest';
import { afterFailure, lockState, PASSWORD_LOCK_MS } from './password-lock.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 30, 2, minutes));

describe('the filing-password lock', () => {
  it('locks on the fifth failure within half an hour, for half an hour', () => {
    let row = afterFailure(null, at(0));
    for (const minute of [1, 2, 3]) row = afterFailure(row, at(minute));
    expect(lockState(row, at(3))).toEqual({ lockedUntil: null, triesLeft: 1 });
    row = afterFailure(row, at(4));
    expect(lockState(row, at(4))).toEqual({ lockedUntil: new Date(at(4).getTime() + PASSWORD_LOCK_MS), triesLeft: 0 });
    expect(lockState(row, at(34))).toEqual({ lockedUntil: null, triesLeft: 5 });
    expect(afterFailure(row, at(34)).failures).toBe(1);
  });

  it('forgets failures after half an hour without one', () => {
    const row = afterFailure(afterFailure(null, at(0)), at(10));
    expect(lockState(row, at(39)).triesLeft).toBe(3);
    expect(lockState(row, at(40)).triesLeft).toBe(5);
  });
});
