import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, extendCalendar, isYearCovered } from './holiday-calendar.ts';
import { addWorkingDays, isWorkingDay, plannedDispatchDate, slaDueAt } from './working-days.ts';

const sh = (local: string) => new Date(`${local}+08:00`);

// The official 2026 schedule as shipped in chinese-days 1.5.7.
describe('2026 holidays and make-up working days', () => {
  it.each([
    ['2026-11-27', true, 'an ordinary Friday'],
    ['2026-11-28', false, 'an ordinary Saturday'],
    ['2026-02-14', true, 'Saturday worked before Spring Festival'],
    ['2026-02-16', false, 'Spring Festival, Monday'],
    ['2026-02-23', false, 'Spring Festival day in lieu, Monday'],
    ['2026-02-24', true, 'first working day after Spring Festival'],
    ['2026-02-28', true, 'Saturday worked after Spring Festival'],
    ['2026-09-20', true, 'Sunday worked before National Day'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'last National Day holiday, Wednesday'],
    ['2026-10-08', true, 'first working day after National Day'],
    ['2026-10-10', true, 'Saturday worked after National Day'],
  ])('%s is a working day: %s (%s)', (day, expected) => {
    expect(isWorkingDay(day)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it('steps over weekends and holidays, forwards and backwards', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-09', 1)).toBe('2026-10-10');
    expect(addWorkingDays('2026-02-24', -1)).toBe('2026-02-14');
  });

  it('returns the day itself, or the next working day, for n = 0', () => {
    expect(addWorkingDays('2026-11-27', 0)).toBe('2026-11-27');
    expect(addWorkingDays('2026-10-03', 0)).toBe('2026-10-08');
    expect(() => addWorkingDays('2026-10-03', 1.5)).toThrow(RangeError);
  });
});

describe('slaDueAt', () => {
  it('gives Friday evening with one working day until the end of Monday', () => {
    expect(slaDueAt(sh('2026-11-27T20:00:00'), 1)).toEqual(sh('2026-12-01T00:00:00'));
  });

  it('gives the eve of National Day until the end of the first working day after it', () => {
    expect(slaDueAt(sh('2026-09-30T18:00:00'), 1)).toEqual(sh('2026-10-09T00:00:00'));
  });

  it('counts the make-up Saturday before Spring Festival as a working day', () => {
    expect(slaDueAt(sh('2026-02-13T10:00:00'), 1)).toEqual(sh('2026-02-15T00:00:00'));
    expect(slaDueAt(sh('2026-02-12T10:00:00'), 5)).toEqual(sh('2026-02-27T00:00:00'));
  });

  it('takes the start day on the Shanghai clock, even for an instant written in UTC', () => {
    // 15:59:59Z is still Thursday in Shanghai; 16:00:00Z is already Friday.
    expect(slaDueAt(new Date('2026-11-26T15:59:59Z'), 1)).toEqual(sh('2026-11-28T00:00:00'));
    expect(slaDueAt(new Date('2026-11-26T16:00:00Z'), 1)).toEqual(sh('2026-12-01T00:00:00'));
  });

  it('refuses a negative or fractional SLA', () => {
    expect(() => slaDueAt(sh('2026-11-27T20:00:00'), -1)).toThrow(RangeError);
  });
});

describe('plannedDispatchDate', () => {
  it('ships the same working day before 16:00 and the next one from 16:00', () => {
    expect(plannedDispatchDate(sh('2026-11-27T15:59:59'))).toBe('2026-11-27');
    expect(plannedDispatchDate(sh('2026-11-27T16:00:00'))).toBe('2026-11-30');
  });

  it('applies the 16:00 cut-off to an instant written in UTC', () => {
    expect(plannedDispatchDate(new Date('2026-11-27T07:59:59Z'))).toBe('2026-11-27');
    expect(plannedDispatchDate(new Date('2026-11-27T08:00:00Z'))).toBe('2026-11-30');
  });

  it('ships weekend and holiday requests on the next working day', () => {
    expect(plannedDispatchDate(sh('2026-11-28T09:00:00'))).toBe('2026-11-30');
    expect(plannedDispatchDate(sh('2026-10-03T09:00:00'))).toBe('2026-10-08');
    expect(plannedDispatchDate(sh('2026-09-30T16:30:00'))).toBe('2026-10-08');
  });

  it('ships on make-up working days', () => {
    expect(plannedDispatchDate(sh('2026-02-14T10:00:00'))).toBe('2026-02-14');
    expect(plannedDispatchDate(sh('2026-02-14T17:00:00'))).toBe('2026-02-24');
    expect(plannedDispatchDate(sh('2026-10-09T17:00:00'))).toBe('2026-10-10');
  });

  it('takes another cut-off hour', () => {
    expect(plannedDispatchDate(sh('2026-11-27T14:30:00'), { cutoffHour: 14 })).toBe('2026-11-30');
  });
});

describe('2027, which chinese-days 1.5.7 does not cover yet', () => {
  it('reports which years the data covers', () => {
    expect(isYearCovered(2026)).toBe(true);
    expect(isYearCovered(2027)).toBe(false);
    expect(Math.min(...DEFAULT_CALENDAR.coveredYears)).toBe(2004);
  });

  it('falls back to weekends only: holidays count as working days until the data arrives', () => {
    expect(isWorkingDay('2027-01-01')).toBe(true);
    expect(isWorkingDay('2027-02-06')).toBe(false);
    expect(isWorkingDay('2027-02-08')).toBe(true);
    expect(plannedDispatchDate(sh('2026-12-31T16:30:00'))).toBe('2027-01-01');
  });

  it('uses a year added to the calendar once it is published', () => {
    // A made-up schedule for the test: only the shape matters, not the dates the State Council will choose.
    const calendar = extendCalendar(DEFAULT_CALENDAR, [
      { year: 2027, holidays: ['2027-01-01', '2027-02-08', '2027-02-09'], makeUpWorkdays: ['2027-02-20'] },
    ]);
    expect(isYearCovered(2027, calendar)).toBe(true);
    expect(isWorkingDay('2027-02-08', calendar)).toBe(false);
    expect(isWorkingDay('2027-02-20', calendar)).toBe(true);
    expect(plannedDispatchDate(sh('2026-12-31T16:30:00'), { calendar })).toBe('2027-01-04');
    expect(isWorkingDay('2026-02-14', calendar)).toBe(true);
  });

  it('replaces a year wholesale when it is given again', () => {
    const calendar = extendCalendar(DEFAULT_CALENDAR, [{ year: 2026, holidays: [], makeUpWorkdays: [] }]);
    expect(isWorkingDay('2026-10-01', calendar)).toBe(true);
    expect(isWorkingDay('2026-10-10', calendar)).toBe(false);
    expect(isWorkingDay('2025-10-01', calendar)).toBe(false);
  });
});
