// Prisma access for the holiday calendar's published years: every version kept, the newest of a year in force.
import type { HolidayCalendarYear } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';

export type CalendarYearRow = HolidayCalendarYear;
export type NewCalendarYear = Omit<CalendarYearRow, 'createdAt'> & { createdAt: Date };

export function createCalendarRepository(db: Db) {
  return {
    /** The newest version of every published year. */
    newestOfEachYear: (): Promise<CalendarYearRow[]> =>
      db.holidayCalendarYear.findMany({ distinct: ['year'], orderBy: [{ year: 'asc' }, { version: 'desc' }] }),

    /** Every version of a year, newest first. */
    history: (year: number, tx: Tx = db): Promise<CalendarYearRow[]> =>
      tx.holidayCalendarYear.findMany({ where: { year }, orderBy: { version: 'desc' } }),

    /** Writes the version once: false when another publish took its number first (the (year, version) key). */
    async createIfFree(row: NewCalendarYear, tx: Tx): Promise<boolean> {
      const { count } = await tx.holidayCalendarYear.createMany({ data: [row], skipDuplicates: true });
      return count === 1;
    },

    displayNames: (ids: string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.account.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } }),
  };
}

export type CalendarRepository = ReturnType<typeof createCalendarRepository>;
