// A refused calendar year in words: each wrong day named with its list and position, and the version conflict.
import type { FieldError } from '@beian/contracts';
import type { CalendarYearIssue, CalendarYearProblem } from '@beian/domain';
import { AppError, ConflictError } from '../../lib/app-error.ts';

const MESSAGES: Record<CalendarYearProblem, (day: string, year: number) => string> = {
  NOT_A_DAY: (day) => `"${day}" is not a date written YYYY-MM-DD.`,
  OTHER_YEAR: (day, year) => `${day} is not in ${year}: publish each year on its own.`,
  DUPLICATE: (day) => `${day} is listed twice.`,
  BOTH_LISTS: (day) => `${day} cannot be both a day off and a make-up working day.`,
  MAKE_UP_NOT_WEEKEND: (day) => `${day} is a weekday: make-up working days are Saturdays or Sundays.`,
};

export function calendarYearRefused(year: number, issues: readonly CalendarYearIssue[]): AppError {
  const errors: FieldError[] = issues.map((i) => ({
    path: `${i.list}.${i.index}`,
    message: MESSAGES[i.problem](i.day, year),
  }));
  return new AppError('VALIDATION_FAILED', 400, `The ${year} schedule has ${errors.length} wrong day(s).`, { errors });
}

export const calendarVersionConflict = (year: number, current: number) =>
  new ConflictError(
    'CALENDAR_VERSION_CONFLICT',
    `Another administrator published version ${current} of ${year} since you opened it: reload it and publish again.`,
  );
