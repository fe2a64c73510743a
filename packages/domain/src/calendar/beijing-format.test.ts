// Instants written for people: Beijing wall clock, year first, whatever zone the machine itself runs in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatBeijing } from './beijing-format.ts';

// 00:25 on 3 December in Beijing is still 2 December in UTC and in New York.
const JUST_AFTER_MIDNIGHT = new Date('2026-12-02T16:25:09Z');
const US_STYLE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}\b/;

const originalTz = process.env.TZ;
beforeEach(() => {
  // A machine far from Beijing, set here rather than left to whoever runs the tests.
  process.env.TZ = 'America/New_York';
});
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('formatBeijing', () => {
  it('runs on a New York clock, where the instant is still the day before', () => {
    expect(JUST_AFTER_MIDNIGHT.getDate()).toBe(2);
    expect(JUST_AFTER_MIDNIGHT.getTimezoneOffset()).toBe(300);
  });

  it('writes the Beijing day and minute, year first, in every style', () => {
    expect(formatBeijing(JUST_AFTER_MIDNIGHT)).toBe('2026-12-03 00:25');
    expect(formatBeijing(JUST_AFTER_MIDNIGHT, 'dateTime')).toBe('2026-12-03 00:25');
    expect(formatBeijing(JUST_AFTER_MIDNIGHT, 'dateTimeSeconds')).toBe('2026-12-03 00:25:09');
    expect(formatBeijing(JUST_AFTER_MIDNIGHT, 'date')).toBe('2026-12-03');
    expect(formatBeijing(JUST_AFTER_MIDNIGHT, 'time')).toBe('00:25');
    expect(formatBeijing(JUST_AFTER_MIDNIGHT, 'timeSeconds')).toBe('00:25:09');
  });

  it('reads the ISO strings the API sends', () => {
    expect(formatBeijing('2026-12-02T16:25:09.000Z')).toBe('2026-12-03 00:25');
    expect(formatBeijing('2026-12-31T23:59:00.000Z')).toBe('2027-01-01 07:59');
  });

  it('writes a deadline at midnight as 24:00 of the day that ends, and any other deadline as it is', () => {
    const midnight = new Date('2026-12-07T16:00:00Z');
    expect(formatBeijing(midnight, 'dateTime', { deadline: true })).toBe('2026-12-07 24:00');
    expect(formatBeijing(midnight, 'date', { deadline: true })).toBe('2026-12-07');
    expect(formatBeijing(midnight, 'time', { deadline: true })).toBe('24:00');
    expect(formatBeijing(midnight)).toBe('2026-12-08 00:00');
    expect(formatBeijing(JUST_AFTER_MIDNIGHT, 'dateTime', { deadline: true })).toBe('2026-12-03 00:25');
  });

  it('never writes a date the American way, on any day of the year', () => {
    for (let day = 0; day < 366; day += 1) {
      const at = new Date(Date.UTC(2026, 0, 1, 16 + (day % 8)) + day * 86_400_000);
      const text = formatBeijing(at);
      expect(text).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(text).not.toMatch(US_STYLE);
    }
  });

  it('refuses what is not an instant rather than writing "Invalid Date"', () => {
    expect(() => formatBeijing('not a time')).toThrow(RangeError);
  });
});
