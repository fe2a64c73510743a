import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  isDay,
  shanghaiDay,
  shanghaiTimeOfDay,
  startOfShanghaiDay,
  toShanghaiIso,
} from './shanghai-time.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('Shanghai wall clock', () => {
  it('puts 16:00 UTC on the next Shanghai day', () => {
    expect(shanghaiDay(new Date('2026-11-29T15:59:59Z'))).toBe('2026-11-29');
    expect(shanghaiDay(new Date('2026-11-29T16:00:00Z'))).toBe('2026-11-30');
  });

  it('reads the same whatever the process time zone', () => {
    const at = new Date('2026-12-31T16:30:00Z');
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Shanghai']) {
      process.env.TZ = tz;
      expect(shanghaiDay(at)).toBe('2027-01-01');
      expect(dayOfWeek('2027-01-01')).toBe(5);
    }
  });

  it('reads the time of day', () => {
    const at = new Date('2026-11-29T07:59:59Z');
    expect(toShanghaiIso(at)).toBe('2026-11-29T15:59:59+08:00');
    expect(shanghaiTimeOfDay(at)).toEqual({ hour: 15, minute: 59, second: 59 });
  });

  it('starts a Shanghai day at 16:00 UTC the day before', () => {
    expect(startOfShanghaiDay('2026-10-01').toISOString()).toBe('2026-09-30T16:00:00.000Z');
  });

  it('does day arithmetic across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(dayOfWeek('2026-11-29')).toBe(0);
  });

  it('accepts only real calendar days', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-2-8')).toBe(false);
    expect(() => addDays('tomorrow', 1)).toThrow(RangeError);
  });
});
