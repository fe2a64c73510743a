// The mainland holiday calendar: public holidays and make-up working days (调休) from the chinese-days data, which
// can be extended (e.g. by an admin-maintained table) once the State Council publishes a year the data lacks.
// A year with no data falls back to plain weekends, which is wrong around holidays: check `isYearCovered`.
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { Day } from './shanghai-time.ts';

export interface WorkingDayCalendar {
  /** Days off that would otherwise be working days (the holidays themselves and the days moved to them). */
  readonly holidays: ReadonlySet<Day>;
  /** Weekend days worked to make up for a holiday. */
  readonly makeUpWorkdays: ReadonlySet<Day>;
  /** Years whose official schedule is in the data. */
  readonly coveredYears: ReadonlySet<number>;
}

const yearOf = (day: Day): number => Number(day.slice(0, 4));

function buildCalendar(holidays: Iterable<Day>, makeUpWorkdays: Iterable<Day>, years: Iterable<number>) {
  const h = new Set(holidays);
  const w = new Set(makeUpWorkdays);
  const covered = new Set([...years, ...[...h, ...w].map(yearOf)]);
  return { holidays: h, makeUpWorkdays: w, coveredYears: covered } satisfies WorkingDayCalendar;
}

export const DEFAULT_CALENDAR: WorkingDayCalendar = buildCalendar(
  Object.keys(data.holidays),
  Object.keys(data.workdays),
  [],
);

export interface CalendarYear {
  readonly year: number;
  readonly holidays: readonly Day[];
  readonly makeUpWorkdays: readonly Day[];
}

/** A calendar with whole years added or replaced (a year listed here replaces that year of `base`). */
export function extendCalendar(base: WorkingDayCalendar, years: readonly CalendarYear[]): WorkingDayCalendar {
  const replaced = new Set(years.map((y) => y.year));
  const keep = (day: Day) => !replaced.has(yearOf(day));
  return buildCalendar(
    [...[...base.holidays].filter(keep), ...years.flatMap((y) => y.holidays)],
    [...[...base.makeUpWorkdays].filter(keep), ...years.flatMap((y) => y.makeUpWorkdays)],
    [...base.coveredYears, ...replaced],
  );
}

export const isYearCovered = (year: number, calendar: WorkingDayCalendar = DEFAULT_CALENDAR): boolean =>
  calendar.coveredYears.has(year);
