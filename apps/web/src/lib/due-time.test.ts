// The initial review's due time on the Beijing clock: midnight is the 24:00 of the day that ends, the weekday is
// named, and the year only when it is not this year.
import { describe, expect, it } from 'vitest';
import { formatDueTime } from './due-time.ts';

const NOW = new Date('2026-11-30T08:00:00.000Z');

describe('formatDueTime', () => {
  it('shows midnight at the start of 2 December as the end of Tuesday 1 December', () => {
    expect(formatDueTime('2026-12-01T16:00:00.000Z', 'zh-CN', NOW)).toBe('12月1日（周二）24:00');
    expect(formatDueTime('2026-12-01T16:00:00.000Z', 'en-US', NOW)).toBe('the end of Tue, Dec 1 (Beijing time)');
  });

  it('shows any other time as it is on the Beijing clock, whatever the browser zone', () => {
    expect(formatDueTime('2026-12-01T09:30:00.000Z', 'zh-CN', NOW)).toBe('12月1日（周二）17:30');
    expect(formatDueTime('2026-12-01T09:30:00.000Z', 'en-US', NOW)).toBe('Tue, Dec 1, 17:30 (Beijing time)');
  });

  it('names the year when the deadline falls in another year', () => {
    // Due at the end of 4 January 2027 (a Monday), seen on 31 December 2026.
    expect(formatDueTime('2027-01-04T16:00:00.000Z', 'zh-CN', new Date('2026-12-31T02:00:00.000Z'))).toBe(
      '2027年1月4日（周一）24:00',
    );
  });
});
