// The working-day calendar every due time is counted on: the built-in data with the newest published version of each
// year laid over it. Kept in this process, read again after a publish here and at most CALENDAR_CACHE_MS after a
// publish in another process (docs/decisions/028).
import { DEFAULT_CALENDAR, extendCalendar, type WorkingDayCalendar } from '@beian/domain';
import type { Clock } from '../../lib/clock.ts';
import type { CalendarRepository } from './calendar.repository.ts';

export const CALENDAR_CACHE_MS = 30_000;

export type CalendarSource = {
  /** The calendar in force now. */
  current(): Promise<WorkingDayCalendar>;
  /** Forget the kept calendar (after a publish): the next `current()` reads the table. */
  invalidate(): void;
};

export function createCalendarSource(deps: {
  repo: Pick<CalendarRepository, 'newestOfEachYear'>;
  clock: Clock;
  cacheMs?: number;
}): CalendarSource {
  const { repo, clock, cacheMs = CALENDAR_CACHE_MS } = deps;
  let kept: { calendar: Promise<WorkingDayCalendar>; readAt: number } | null = null;

  async function load(): Promise<WorkingDayCalendar> {
    const years = await repo.newestOfEachYear();
    return extendCalendar(DEFAULT_CALENDAR, years);
  }

  return {
    current() {
      const now = clock.now().getTime();
      // A clock set back (tests, a corrected system clock) also reads again.
      if (!kept || now - kept.readAt >= cacheMs || now < kept.readAt) {
        const entry = { calendar: load(), readAt: now };
        kept = entry;
        // A failed read is not kept: the next call tries again.
        entry.calendar.catch(() => {
          if (kept === entry) kept = null;
        });
      }
      return kept.calendar;
    },
    invalidate() {
      kept = null;
    },
  };
}
