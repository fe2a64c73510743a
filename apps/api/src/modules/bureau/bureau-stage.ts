// The bureau stage wired from the app's parts (docs/design.md §5.7): the rounds, the reviewer's returned filings and
// resubmission, the applicant's SMS check view, and the three jobs (hand rounds to MIIT, poll MIIT's answers, and
// while the simulators run, let the simulated bureau move what time decided).
import type { Adapters } from '../../adapters/index.ts';
import type { Db } from '../../infra/db.ts';
import type { Clock } from '../../lib/clock.ts';
import type { CalendarSource } from '../calendar/calendar-source.ts';
import type { FilingAccess } from '../filings/filing-access.ts';
import type { ContactOf } from '../filings/filing-contact.ts';
import type { ApplyTransition } from '../filings/filing-transitions.ts';
import type { FilingsRepository } from '../filings/filings.repository.ts';
import type { StaffAccess } from '../filings/staff-access.ts';
import type { NotificationOutbox } from '../notifications/notifications.outbox.ts';
import type { RulesOf } from '../rules/rule-sets.ts';
import { createBureauCheck } from './bureau-check.service.ts';
import { createBureauOutcomes } from './bureau-outcomes.ts';
import { createBureauPoll } from './bureau-poll.job.ts';
import { createBureauReturns } from './bureau-returns.service.ts';
import { createBureauRoundsRepository } from './bureau-rounds.repository.ts';
import { createBureauSubmit } from './bureau-submit.job.ts';

type Log = { warn: (detail: object, message: string) => void; error: (detail: object, message: string) => void };

export type BureauStageDeps = {
  db: Db;
  filings: FilingsRepository;
  access: FilingAccess;
  staff: StaffAccess;
  applyTransition: ApplyTransition;
  outbox: NotificationOutbox;
  contactOf: ContactOf;
  rulesOf: RulesOf;
  adapters: Pick<Adapters, 'bureau' | 'miit' | 'simulators'>;
  calendar: Pick<CalendarSource, 'current'>;
  clock: Clock;
  log: Log;
};

export function createBureauStage(deps: BureauStageDeps) {
  const { db, filings, applyTransition, outbox, contactOf, clock, log } = deps;
  const { bureau, miit, simulators } = deps.adapters;
  const rounds = createBureauRoundsRepository(db);
  const outcomes = createBureauOutcomes({
    rounds,
    applyTransition,
    outbox,
    contactOf,
    rulesOf: deps.rulesOf,
    calendar: deps.calendar,
    clock,
  });
  return {
    rounds,
    returns: createBureauReturns({ rounds, filings, applyTransition, miit, staff: deps.staff, clock }),
    check: createBureauCheck({ access: deps.access, rounds, bureau }),
    jobs: {
      submitToBureau: createBureauSubmit({ db, rounds, filings, bureau, miit, outbox, contactOf, clock, log }),
      pollBureau: createBureauPoll({ rounds, filings, bureau, outcomes, clock, log }),
      /** The simulated bureau's own clock work (checks past 24 hours, decisions due); null without simulators. */
      simulateBureau: simulators ? () => simulators.bureau.processDue() : null,
    },
  };
}

export type BureauStage = ReturnType<typeof createBureauStage>;
