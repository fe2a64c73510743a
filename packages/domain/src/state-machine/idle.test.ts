import { describe, expect, it } from 'vitest';
import {
  checkIdleExpired,
  dueIdleReminder,
  IDLE_EXPIRY_DAYS,
  IDLE_REMINDER_DAYS,
  idleDays,
  idleSchedule,
} from './idle.ts';

const last = new Date('2026-10-01T09:30:00+08:00');
const plusDays = (days: number, ms = 0) => new Date(last.getTime() + days * 86_400_000 + ms);

describe('idle rule', () => {
  it('reminds at 7, 15 and 30 days and expires at 45', () => {
    expect(IDLE_REMINDER_DAYS).toEqual([7, 15, 30]);
    expect(IDLE_EXPIRY_DAYS).toBe(45);
  });

  it('counts whole 24-hour periods', () => {
    expect(idleDays(last, plusDays(7, -1))).toBe(6);
    expect(idleDays(last, plusDays(7))).toBe(7);
    expect(idleDays(last, plusDays(-1))).toBe(0);
  });

  it('schedules reminders and expiry for pre-bureau states only', () => {
    expect(idleSchedule('PHOTO_PENDING', last)).toEqual({
      reminders: [
        { day: 7, at: plusDays(7) },
        { day: 15, at: plusDays(15) },
        { day: 30, at: plusDays(30) },
      ],
      expiresAt: plusDays(45),
    });
    expect(idleSchedule('BUREAU_SMS', last)).toBeNull();
    expect(idleSchedule('COMPLETED', last)).toBeNull();
  });

  it('sends the latest due reminder once', () => {
    expect(dueIdleReminder(last, plusDays(6), [])).toBeNull();
    expect(dueIdleReminder(last, plusDays(7), [])).toBe(7);
    expect(dueIdleReminder(last, plusDays(7), [7])).toBeNull();
    expect(dueIdleReminder(last, plusDays(31), [7])).toBe(30);
    expect(dueIdleReminder(last, plusDays(45), [7, 15])).toBeNull();
  });

  it('guards expiry on the full 45 days', () => {
    expect(checkIdleExpired({ lastActivityAt: last, now: plusDays(45, -1) })).toEqual({
      ok: false,
      reason: 'NOT_IDLE_LONG_ENOUGH',
    });
    expect(checkIdleExpired({ lastActivityAt: last, now: plusDays(45) }).ok).toBe(true);
  });
});
