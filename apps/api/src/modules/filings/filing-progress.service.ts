// The applicant's progress timeline of one filing: the domain's timeline from its events and province rules (as of the
// version the filing was created under), and the next action my filings shows. Derived on every read, never stored (docs/decisions/025).
import type { FilingProgress } from '@beian/contracts';
import { progressTimeline } from '@beian/domain';
import type { Clock } from '../../lib/clock.ts';
import type { CalendarSource } from '../calendar/calendar-source.ts';
import type { RulesOf } from '../rules/rule-sets.ts';
import type { FilingAccess } from './filing-access.ts';
import { nextAction } from './filing-progress.ts';
import type { FilingsRepository } from './filings.repository.ts';

export type FilingProgressServiceDeps = {
  repo: Pick<FilingsRepository, 'listEvents'>;
  access: Pick<FilingAccess, 'owned'>;
  rulesOf: RulesOf;
  calendar: Pick<CalendarSource, 'current'>;
  clock: Clock;
};

export function createFilingProgressService({ repo, access, rulesOf, calendar, clock }: FilingProgressServiceDeps) {
  return {
    async progress(accountId: string, id: string): Promise<FilingProgress> {
      const row = await access.owned(accountId, id);
      const [events, rules] = await Promise.all([repo.listEvents(row.id), rulesOf(row)]);
      const stages = progressTimeline({
        status: row.status,
        events,
        rules,
        now: clock.now(),
        calendar: await calendar.current(),
      });
      return {
        stages,
        nextAction: nextAction(row),
        bureauReviewWorkingDays: rules.bureauReviewWorkingDays,
      };
    },
  };
}

export type FilingProgressService = ReturnType<typeof createFilingProgressService>;
