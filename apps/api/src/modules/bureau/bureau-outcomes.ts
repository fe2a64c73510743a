// What MIIT's answers do to a filing (docs/design.md §5.7): the SMS check complete (→ BUREAU_REVIEW, due in the
// province's bureau working days, by the rules of the filing's version) or failed (→ SMS_FAILED), the bureau's approval (→ COMPLETED, with the filing
// numbers) or rejection (→ BUREAU_REJECTED, with its reason). Each is one applyTransition as SYSTEM, its guard checked
// on MIIT's data first, with the round's own update (only from the status it was read in) and the notice inside.

import type { NotificationTemplate } from '@beian/contracts';
import {
  checkBureauReason,
  checkSmsAllConfirmed,
  checkSmsWindowClosed,
  type ProvinceRules,
  slaDueAt,
  type WorkingDayCalendar,
} from '@beian/domain';
import type { BureauSubmission } from '../../adapters/miit/miit-bureau.port.ts';
import type { BureauSubmissionStatus, Filing, Prisma } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import type { CalendarSource } from '../calendar/calendar-source.ts';
import type { ContactOf } from '../filings/filing-contact.ts';
import { readWebsites } from '../filings/filing-data.ts';
import type { ApplyTransition } from '../filings/filing-transitions.ts';
import type { NotificationOutbox } from '../notifications/notifications.outbox.ts';
import type { RulesOf } from '../rules/rule-sets.ts';
import type { BureauRound, BureauRoundsRepository } from './bureau-rounds.repository.ts';

type Deps = {
  rounds: Pick<BureauRoundsRepository, 'move'>;
  applyTransition: ApplyTransition;
  outbox: NotificationOutbox;
  contactOf: ContactOf;
  rulesOf: RulesOf;
  calendar: Pick<CalendarSource, 'current'>;
  clock: Clock;
};

/** A guard MIIT's data did not pass: nothing is written, and the next poll looks again. */
export class BureauGuardError extends Error {
  constructor(readonly reason: string) {
    super(`MIIT's answer does not pass the guard: ${reason}`);
    this.name = 'BureauGuardError';
  }
}

const passed = (result: { ok: true } | { ok: false; reason: string }) => {
  if (!result.ok) throw new BureauGuardError(result.reason);
};

/** The bureau's own deadline: the province's working days (in the filing's rules), counted from the completed SMS check. */
export function bureauDueAtOf(rules: ProvinceRules, confirmedAt: Date, calendar?: WorkingDayCalendar): Date {
  return slaDueAt(confirmedAt, rules.bureauReviewWorkingDays, calendar);
}

export function createBureauOutcomes({ rounds, applyTransition, outbox, contactOf, rulesOf, calendar, clock }: Deps) {
  /** One transition of the filing with the round's move and the notice, all or nothing. */
  async function apply(input: {
    filing: Filing;
    round: BureauRound;
    event: 'smsConfirmed' | 'smsExpired' | 'bureauApprove' | 'bureauReject';
    roundTo: Prisma.BureauSubmissionUncheckedUpdateManyInput & { status: BureauSubmissionStatus };
    slaDueAt: Date | null;
    payload: Prisma.InputJsonObject;
    template: NotificationTemplate;
    params: Record<string, string>;
  }) {
    const { filing, round } = input;
    const contact = await contactOf(filing);
    const now = clock.now();
    await applyTransition({
      row: filing,
      event: input.event,
      actor: { role: 'SYSTEM', id: null },
      at: now,
      payload: { round: round.round, ...input.payload },
      set: { slaDueAt: input.slaDueAt },
      alsoInTransaction: async (tx) => {
        if ((await rounds.move(round.id, round.status, input.roundTo, tx)) === 0) {
          throw new Error(`Bureau round ${round.round} of ${filing.orderNo} moved on meanwhile`);
        }
        await outbox.notify(
          {
            accountId: filing.accountId,
            filingId: filing.id,
            template: input.template,
            params: { orderNo: filing.orderNo, ...input.params },
            ...contact,
            now,
          },
          tx,
        );
      },
    });
  }

  return {
    /** Every verifier confirmed: the bureau reviews, due in the province's working days. */
    async smsConfirmed(filing: Filing, round: BureauRound, submission: BureauSubmission) {
      passed(checkSmsAllConfirmed(submission.verifiers.map((v) => ({ confirmed: v.confirmedAt !== null }))));
      const confirmedAt = submission.smsConfirmedAt ?? clock.now();
      const bureauDueAt = bureauDueAtOf(await rulesOf(filing), confirmedAt, await calendar.current());
      await apply({
        filing,
        round,
        event: 'smsConfirmed',
        roundTo: { status: 'SMS_CONFIRMED', smsConfirmedAt: confirmedAt, bureauDueAt },
        slaDueAt: bureauDueAt,
        payload: { smsConfirmedAt: confirmedAt.toISOString(), bureauDueAt: bureauDueAt.toISOString() },
        template: 'BUREAU_SMS_CONFIRMED',
        params: { bureauDueAt: bureauDueAt.toISOString() },
      });
    },

    /** The 24 hours passed, or a verifier's sixth wrong code: a reviewer resubmits. */
    async smsExpired(filing: Filing, round: BureauRound, submission: BureauSubmission) {
      const wrongCodes = Math.max(0, ...submission.verifiers.map((v) => v.wrongCodes));
      passed(checkSmsWindowClosed({ sentAt: submission.submittedAt, now: clock.now(), wrongCodes }));
      const failure = submission.failure ?? 'DEADLINE';
      await apply({
        filing,
        round,
        event: 'smsExpired',
        roundTo: { status: 'SMS_FAILED', failure },
        slaDueAt: null,
        payload: { failure },
        template: 'BUREAU_SMS_FAILED',
        params: { failure },
      });
    },

    /** The bureau approved: the filing is complete, and the applicant gets the filing numbers. */
    async approved(filing: Filing, round: BureauRound, submission: BureauSubmission) {
      const decidedAt = submission.decidedAt ?? clock.now();
      const websiteFilingNos = readWebsites(filing.websites).map((w) => w.websiteFilingNo);
      await apply({
        filing,
        round,
        event: 'bureauApprove',
        roundTo: { status: 'APPROVED', decidedAt },
        slaDueAt: null,
        payload: { decidedAt: decidedAt.toISOString() },
        template: 'BUREAU_APPROVED',
        params: { subjectFilingNo: filing.subjectFilingNo ?? '', websiteFilingNos: websiteFilingNos.join('、') },
      });
    },

    /** The bureau refused, with its reason text: back to the applicant, who edits and resubmits. */
    async rejected(filing: Filing, round: BureauRound, submission: BureauSubmission) {
      const reason = submission.reason?.trim() ?? '';
      passed(checkBureauReason(reason));
      const decidedAt = submission.decidedAt ?? clock.now();
      await apply({
        filing,
        round,
        event: 'bureauReject',
        roundTo: { status: 'REJECTED', decidedAt, bureauReason: reason },
        slaDueAt: null,
        payload: { reason, decidedAt: decidedAt.toISOString() },
        template: 'BUREAU_REJECTED',
        params: { reason },
      });
    },
  };
}

export type BureauOutcomes = ReturnType<typeof createBureauOutcomes>;
