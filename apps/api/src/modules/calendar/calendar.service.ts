// The admin's holiday calendar: the years and their versions, a year's days and history, publishing a year (a new
// version, audited in the same transaction), and how far the calendar reaches.
import { randomUUID } from 'node:crypto';
import type {
  CalendarCoverage,
  CalendarOverview,
  CalendarYearDetail,
  CalendarSource as CalendarYearSource,
  CalendarYearSummary,
  PublishCalendarYear,
} from '@beian/contracts';
import {
  type CalendarYear,
  calendarCoverage,
  calendarYearOf,
  checkCalendarYear,
  DEFAULT_CALENDAR,
  isYearCovered,
} from '@beian/domain';
import type { Db } from '../../infra/db.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { CalendarRepository, CalendarYearRow } from './calendar.repository.ts';
import { calendarVersionConflict, calendarYearRefused } from './calendar-publish-errors.ts';
import type { CalendarSource } from './calendar-source.ts';

export type CalendarServiceDeps = {
  db: Db;
  repo: CalendarRepository;
  source: CalendarSource;
  audit: Pick<AuditRepository, 'append'>;
  clock: Clock;
};

export type PublishActor = { accountId: string; requestId: string };

const sorted = (days: readonly string[]) => [...new Set(days)].sort();
const without = (days: readonly string[], other: readonly string[]) => days.filter((d) => !other.includes(d));

/** The built-in data's year, when it has one. */
const builtIn = (year: number): CalendarYear | null =>
  isYearCovered(year, DEFAULT_CALENDAR) ? calendarYearOf(DEFAULT_CALENDAR, year) : null;

export function createCalendarService({ db, repo, source, audit, clock }: CalendarServiceDeps) {
  async function namesOf(rows: readonly CalendarYearRow[]) {
    const found = await repo.displayNames([...new Set(rows.map((r) => r.authorId))]);
    const names = new Map(found.map((a) => [a.id, a.displayName]));
    return (id: string) => ({ id, displayName: names.get(id) ?? '' });
  }

  async function coverage(): Promise<CalendarCoverage> {
    return calendarCoverage(await source.current(), clock.now());
  }

  return {
    coverage,

    async overview(): Promise<CalendarOverview> {
      const [covered, published] = await Promise.all([coverage(), repo.newestOfEachYear()]);
      const author = await namesOf(published);
      const byYear = new Map(published.map((r) => [r.year, r]));
      const years = [
        ...new Set([...byYear.keys(), covered.currentYear - 1, covered.currentYear, covered.nextYear]),
      ].sort((a, b) => b - a);
      const summaries = years.map((year): CalendarYearSummary => {
        const row = byYear.get(year);
        if (row) {
          return {
            year,
            source: 'PUBLISHED',
            version: row.version,
            holidays: row.holidays.length,
            makeUpWorkdays: row.makeUpWorkdays.length,
            author: author(row.authorId),
            publishedAt: row.createdAt.toISOString(),
            reason: row.reason,
          };
        }
        const data = builtIn(year);
        return {
          year,
          source: data ? 'BUILT_IN' : 'NONE',
          version: null,
          holidays: data?.holidays.length ?? 0,
          makeUpWorkdays: data?.makeUpWorkdays.length ?? 0,
          author: null,
          publishedAt: null,
          reason: null,
        };
      });
      return { coverage: covered, years: summaries };
    },

    async year(year: number): Promise<CalendarYearDetail> {
      const rows = await repo.history(year);
      const author = await namesOf(rows);
      const [latest] = rows;
      const data = latest ?? builtIn(year);
      const from: CalendarYearSource = latest ? 'PUBLISHED' : data ? 'BUILT_IN' : 'NONE';
      return {
        year,
        source: from,
        version: latest?.version ?? 0,
        holidays: data ? [...data.holidays] : [],
        makeUpWorkdays: data ? [...data.makeUpWorkdays] : [],
        history: rows.map((r) => ({
          version: r.version,
          holidays: r.holidays,
          makeUpWorkdays: r.makeUpWorkdays,
          reason: r.reason,
          author: author(r.authorId),
          publishedAt: r.createdAt.toISOString(),
        })),
      };
    },

    /** A new version of the year, replacing whatever was in force for it (published or built-in). */
    async publish(actor: PublishActor, year: number, body: PublishCalendarYear): Promise<void> {
      const issues = checkCalendarYear({ year, holidays: body.holidays, makeUpWorkdays: body.makeUpWorkdays });
      if (issues.length > 0) throw calendarYearRefused(year, issues);
      const holidays = sorted(body.holidays);
      const makeUpWorkdays = sorted(body.makeUpWorkdays);
      const now = clock.now();
      await db.$transaction(async (tx) => {
        const [latest] = await repo.history(year, tx);
        const current = latest?.version ?? 0;
        if (body.baseVersion !== current) throw calendarVersionConflict(year, current);
        const before = latest ?? builtIn(year) ?? { holidays: [], makeUpWorkdays: [] };
        const version = current + 1;
        const row = { id: randomUUID(), year, version, holidays, makeUpWorkdays, reason: body.reason };
        // Two publishes from the same version: the (year, version) key lets one in, the other is told to reload.
        if (!(await repo.createIfFree({ ...row, authorId: actor.accountId, createdAt: now }, tx))) {
          throw calendarVersionConflict(year, version);
        }
        await audit.append(
          {
            actorId: actor.accountId,
            action: 'calendar.publish',
            targetType: 'calendarYear',
            targetId: String(year),
            // Only what changed: the days taken out of each list, and the days put in.
            before: {
              version: latest ? current : null,
              holidays: without(before.holidays, holidays),
              makeUpWorkdays: without(before.makeUpWorkdays, makeUpWorkdays),
            },
            after: {
              version,
              holidays: without(holidays, before.holidays),
              makeUpWorkdays: without(makeUpWorkdays, before.makeUpWorkdays),
            },
            detail: {
              year,
              replaced: latest ? 'published' : before.holidays.length > 0 ? 'built-in' : 'none',
              reason: body.reason,
            },
            requestId: actor.requestId,
            at: now,
          },
          tx,
        );
      });
      source.invalidate();
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
