// One year of the holiday calendar as an admin publishes it (the State Council's notice): the days off and the
// make-up working days, checked before they replace that year, and how well the calendar covers the years around now.
import { type CalendarYear, isYearCovered, type WorkingDayCalendar } from './holiday-calendar.ts';
import { type Day, dayOfWeek, isDay, shanghaiDay } from './shanghai-time.ts';

export type CalendarDayList = 'holidays' | 'makeUpWorkdays';

/** What can be wrong with one day of a published year. */
export const CALENDAR_YEAR_PROBLEMS = [
  /** Not a real calendar day written YYYY-MM-DD. */
  'NOT_A_DAY',
  /** A day of another year than the one published. */
  'OTHER_YEAR',
  /** Listed twice in the same list. */
  'DUPLICATE',
  /** Both a day off and a make-up working day. */
  'BOTH_LISTS',
  /** A make-up working day on Monday to Friday: those are working days anyway. */
  'MAKE_UP_NOT_WEEKEND',
] as const;
export type CalendarYearProblem = (typeof CALENDAR_YEAR_PROBLEMS)[number];

export type CalendarYearIssue = { list: CalendarDayList; index: number; day: string; problem: CalendarYearProblem };

const isWeekend = (day: Day) => {
  const weekday = dayOfWeek(day);
  return weekday === 0 || weekday === 6;
};

/** Everything wrong with a year's schedule, in list order; empty when it may be published. */
export function checkCalendarYear(input: CalendarYear): CalendarYearIssue[] {
  const issues: CalendarYearIssue[] = [];
  const holidays = new Set(input.holidays);
  const check = (list: CalendarDayList, days: readonly string[]) => {
    const seen = new Set<string>();
    days.forEach((day, index) => {
      const problem = problemOf(list, day, seen, holidays, input.year);
      if (problem) issues.push({ list, index, day, problem });
      seen.add(day);
    });
  };
  check('holidays', input.holidays);
  check('makeUpWorkdays', input.makeUpWorkdays);
  return issues;
}

function problemOf(
  list: CalendarDayList,
  day: string,
  seen: ReadonlySet<string>,
  holidays: ReadonlySet<string>,
  year: number,
): CalendarYearProblem | null {
  if (!isDay(day)) return 'NOT_A_DAY';
  if (Number(day.slice(0, 4)) !== year) return 'OTHER_YEAR';
  if (seen.has(day)) return 'DUPLICATE';
  if (list === 'makeUpWorkdays' && holidays.has(day)) return 'BOTH_LISTS';
  if (list === 'makeUpWorkdays' && !isWeekend(day)) return 'MAKE_UP_NOT_WEEKEND';
  return null;
}

/** The year's days as the calendar has them (sorted), e.g. the built-in data an admin starts from. */
export function calendarYearOf(calendar: WorkingDayCalendar, year: number): CalendarYear {
  const ofYear = (days: ReadonlySet<Day>) => [...days].filter((d) => Number(d.slice(0, 4)) === year).sort();
  return { year, holidays: ofYear(calendar.holidays), makeUpWorkdays: ofYear(calendar.makeUpWorkdays) };
}

/** Month (1–12, Beijing) from which a missing next year is worth a warning: the notice usually comes out in autumn. */
export const CALENDAR_WARN_FROM_MONTH = 11;

export type CalendarCoverage = {
  /** Every year whose official schedule the calendar holds, ascending. */
  coveredYears: number[];
  /** The Beijing year of `now`, and the one after it. */
  currentYear: number;
  nextYear: number;
  currentYearCovered: boolean;
  nextYearCovered: boolean;
  /** The last year of the unbroken run of covered years from the current one; null when the current one is not. */
  coveredThrough: number | null;
  /** The current year is not covered, or it is 1 November or later (Beijing) and next year is not. */
  warn: boolean;
};

export function calendarCoverage(calendar: WorkingDayCalendar, now: Date): CalendarCoverage {
  const today = shanghaiDay(now);
  const currentYear = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const nextYear = currentYear + 1;
  const covered = (year: number) => isYearCovered(year, calendar);
  let coveredThrough: number | null = null;
  if (covered(currentYear)) {
    coveredThrough = currentYear;
    while (covered(coveredThrough + 1)) coveredThrough += 1;
  }
  return {
    coveredYears: [...calendar.coveredYears].sort((a, b) => a - b),
    currentYear,
    nextYear,
    currentYearCovered: covered(currentYear),
    nextYearCovered: covered(nextYear),
    coveredThrough,
    warn: !covered(currentYear) || (month >= CALENDAR_WARN_FROM_MONTH && !covered(nextYear)),
  };
}
