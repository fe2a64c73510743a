import { describe, expect, it } from 'vitest';
import { calendarCoverage, calendarYearOf, checkCalendarYear } from './calendar-year.ts';
import { DEFAULT_CALENDAR, extendCalendar } from './holiday-calendar.ts';

const sh = (local: string) => new Date(`${local}+08:00`);

// An illustrative 2027 schedule, not the State Council's: only its shape matters here.
const year2027 = { year: 2027, holidays: ['2027-02-05', '2027-02-08'], makeUpWorkdays: ['2027-02-13'] };

describe('checkCalendarYear', () => {
  it('accepts days off on any day and make-up working days on weekends', () => {
    expect(checkCalendarYear(year2027)).toEqual([]);
    expect(checkCalendarYear({ year: 2027, holidays: ['2027-02-06'], makeUpWorkdays: ['2027-02-14'] })).toEqual([]);
  });

  it('names each wrong day with its list, position and problem', () => {
    const issues = checkCalendarYear({
      year: 2027,
      holidays: ['2027-02-30', '2026-12-31', '2027-02-08', '2027-02-08'],
      makeUpWorkdays: ['2027-02-08', '2027-02-10', '2027-02-20'],
    });
    expect(issues).toEqual([
      { list: 'holidays', index: 0, day: '2027-02-30', problem: 'NOT_A_DAY' },
      { list: 'holidays', index: 1, day: '2026-12-31', problem: 'OTHER_YEAR' },
      { list: 'holidays', index: 3, day: '2027-02-08', problem: 'DUPLICATE' },
      { list: 'makeUpWorkdays', index: 0, day: '2027-02-08', problem: 'BOTH_LISTS' },
      { list: 'makeUpWorkdays', index: 1, day: '2027-02-10', problem: 'MAKE_UP_NOT_WEEKEND' },
    ]);
  });
});

describe('calendarYearOf', () => {
  it('reads one year of a calendar, sorted', () => {
    const of2026 = calendarYearOf(DEFAULT_CALENDAR, 2026);
    expect(of2026.holidays).toContain('2026-10-01');
    expect(of2026.makeUpWorkdays).toContain('2026-02-14');
    expect(of2026.holidays).toEqual([...of2026.holidays].sort());
    expect(calendarYearOf(extendCalendar(DEFAULT_CALENDAR, [year2027]), 2027)).toEqual(year2027);
  });
});

describe('calendarCoverage', () => {
  const with2027 = extendCalendar(DEFAULT_CALENDAR, [year2027]);

  it('warns from 1 November (Beijing) while next year is missing', () => {
    expect(calendarCoverage(DEFAULT_CALENDAR, sh('2026-10-31T23:59:59'))).toMatchObject({
      currentYear: 2026,
      nextYear: 2027,
      currentYearCovered: true,
      nextYearCovered: false,
      coveredThrough: 2026,
      warn: false,
    });
    expect(calendarCoverage(DEFAULT_CALENDAR, sh('2026-11-01T00:00:00')).warn).toBe(true);
    // 16:00 UTC on 31 October is already 1 November in Beijing.
    expect(calendarCoverage(DEFAULT_CALENDAR, new Date('2026-10-31T16:00:00Z')).warn).toBe(true);
  });

  it('stops warning once next year is published, and runs the covered years on', () => {
    const coverage = calendarCoverage(with2027, sh('2026-12-03T10:00:00'));
    expect(coverage).toMatchObject({ nextYearCovered: true, coveredThrough: 2027, warn: false });
    expect(coverage.coveredYears.at(-1)).toBe(2027);
  });

  it('always warns in a year that is not covered', () => {
    expect(calendarCoverage(DEFAULT_CALENDAR, sh('2027-03-01T10:00:00'))).toMatchObject({
      currentYearCovered: false,
      coveredThrough: null,
      warn: true,
    });
    expect(calendarCoverage(with2027, sh('2027-03-01T10:00:00')).warn).toBe(false);
  });
});
