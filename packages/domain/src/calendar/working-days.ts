// Working-day arithmetic on the mainland calendar (holidays and make-up days): the review SLA clock and the curtain
// dispatch rule, applied on the Asia/Shanghai wall clock.
import { DEFAULT_CALENDAR, type WorkingDayCalendar } from './holiday-calendar.ts';
import { addDays, type Day, dayOfWeek, shanghaiDay, shanghaiTimeOfDay, startOfShanghaiDay } from './shanghai-time.ts';

export function isWorkingDay(day: Day, calendar: WorkingDayCalendar = DEFAULT_CALENDAR): boolean {
  if (calendar.makeUpWorkdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const weekday = dayOfWeek(day);
  return weekday !== 0 && weekday !== 6;
}

/**
 * The n-th working day after `day` (before it when n < 0). With n = 0: `day` itself if it is a working day,
 * otherwise the next one.
 */
export function addWorkingDays(day: Day, n: number, calendar: WorkingDayCalendar = DEFAULT_CALENDAR): Day {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number: ${n}`);
  if (n === 0) return isWorkingDay(day, calendar) ? day : addWorkingDays(day, 1, calendar);
  const step = Math.sign(n);
  let current = day;
  for (let left = Math.abs(n); left > 0; ) {
    current = addDays(current, step);
    if (isWorkingDay(current, calendar)) left -= 1;
  }
  return current;
}

/**
 * When an SLA of n working days runs out: the end (24:00 Shanghai, i.e. 00:00 of the next day) of the n-th working
 * day after the start's day. Friday evening with n = 1 is due at the end of Monday.
 */
export function slaDueAt(start: Date, n: number, calendar: WorkingDayCalendar = DEFAULT_CALENDAR): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`SLA working days must be a whole number ≥ 0: ${n}`);
  const lastDay = addWorkingDays(shanghaiDay(start), n, calendar);
  return startOfShanghaiDay(addDays(lastDay, 1));
}

/** Both provider reviews (initial, and second on the photo) end within this many working days of the hand-over. */
export const REVIEW_SLA_WORKING_DAYS = 1;

export const DISPATCH_CUTOFF_HOUR = 16;

/**
 * The day a curtain ships: a working day before 16:00 ships the same day; at or after 16:00, or on a weekend or
 * holiday, it ships on the next working day (a make-up Saturday counts as a working day).
 */
export function plannedDispatchDate(
  requestedAt: Date,
  { cutoffHour = DISPATCH_CUTOFF_HOUR, calendar = DEFAULT_CALENDAR } = {},
): Day {
  const day = shanghaiDay(requestedAt);
  const beforeCutoff = shanghaiTimeOfDay(requestedAt).hour < cutoffHour;
  return beforeCutoff && isWorkingDay(day, calendar) ? day : addWorkingDays(day, 1, calendar);
}
