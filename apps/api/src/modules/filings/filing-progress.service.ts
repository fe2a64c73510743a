// The applicant's progress timeline of one filing: the domain's timeline from its events and province rules, and the
// next action my filings shows. Derived on every read, never stored (docs/decisions/025).
import type { FilingProgress } from '@beian/contracts';
import { progressTimeline, provinceRules } from '@beian/domain';
import type { Clock } from '../../lib/clock.ts';
import type { CalendarSource } from '../calendar/calendar-source.ts';
import type { FilingAccess } from './filing-access.ts';
import { nextAction, stepsOf } from './filing-progress.ts';
import type { FilingsRepository } from './filings.repository.ts';

export type FilingProgressServiceDeps = {
  repo: Pick<FilingsRepository, 'listEvents'>;
  access: Pick<FilingAccess, 'owned'>;
  calendar: Pick<CalendarSource, 'current'>;
  clock: Clock;
};

export function createFilingProgressService({ repo, access, calendar, clock }: FilingProgressServiceDeps) {
  return {
    async progress(accountId: string, id: string): Promise<FilingProgress> {
      const row = await access.owned(accountId, id);
      const events = await repo.listEvents(row.id);
      const rules = provinceRules(row.province);
      if (!rules) throw new Error(`Filing ${row.orderNo} has an unknown province code`);
      const stages = progressTimeline({
        status: row.status,
        events,
        rules,
        now: clock.now(),
        calendar: await calendar.current(),
      });
      return { stages, nextAction: nextAction(row.status, stepsOf(row)) };
    },
  };
}

export type FilingProgressService = ReturnType<typeof createFilingProgressService>;
