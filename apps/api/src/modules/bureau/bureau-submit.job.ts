// The bureau.submit job: hands every PENDING round to MIIT, outside any transaction, then in one transaction marks
// the round SUBMITTED (only from PENDING), makes the SMS check's deadline the filing's due time and writes the
// BUREAU_SUBMITTED notice. MIIT takes a submission once per key (filing:round), so a run after a crash between the
// two steps, or two runs at once, find the same submission, text nobody again and notify once (docs/decisions/024).

import type { MiitRegistry } from '../../adapters/miit/miit.port.ts';
import type { MiitBureau } from '../../adapters/miit/miit-bureau.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';
import type { Db } from '../../infra/db.ts';
import type { Clock } from '../../lib/clock.ts';
import type { ContactOf } from '../filings/filing-contact.ts';
import type { FilingsRepository } from '../filings/filings.repository.ts';
import type { NotificationOutbox } from '../notifications/notifications.outbox.ts';
import type { BureauRound, BureauRoundsRepository } from './bureau-rounds.repository.ts';
import { bureauSnapshotOf } from './bureau-snapshot.ts';

/** Rounds submitted per run; the rest wait for the next run, 30 seconds later. */
export const SUBMIT_BATCH = 50;

type Log = { error: (detail: object, message: string) => void };

type Deps = {
  db: Db;
  rounds: BureauRoundsRepository;
  filings: Pick<FilingsRepository, 'findById'>;
  bureau: Pick<MiitBureau, 'submit'>;
  miit: Pick<MiitRegistry, 'findSubjectByFilingNo'>;
  outbox: NotificationOutbox;
  contactOf: ContactOf;
  clock: Clock;
  log: Log;
};

export type SubmitReport = { submitted: number; failed: number };

export const idempotencyKeyOf = (round: Pick<BureauRound, 'filingId' | 'round'>) => `${round.filingId}:${round.round}`;

export function createBureauSubmit({ db, rounds, filings, bureau, miit, outbox, contactOf, clock, log }: Deps) {
  async function submit(round: BureauRound, filing: Filing): Promise<boolean> {
    const registry = filing.subjectFilingNo ? await miit.findSubjectByFilingNo(filing.subjectFilingNo) : null;
    const submission = await bureau.submit(bureauSnapshotOf(filing, registry), {
      idempotencyKey: idempotencyKeyOf(round),
    });
    const contact = await contactOf(filing);
    const now = clock.now();
    return db.$transaction(async (tx) => {
      const moved = await rounds.move(
        round.id,
        'PENDING',
        {
          status: 'SUBMITTED',
          externalId: submission.id,
          submittedAt: submission.submittedAt,
          smsDeadline: submission.smsDeadline,
        },
        tx,
      );
      if (moved === 0) return false;
      // Not a transition (the filing stays in BUREAU_SMS): only its due time becomes the SMS check's deadline.
      await tx.filing.updateMany({
        where: { id: filing.id, status: 'BUREAU_SMS' },
        data: { slaDueAt: submission.smsDeadline },
      });
      await outbox.notify(
        {
          accountId: filing.accountId,
          filingId: filing.id,
          template: 'BUREAU_SUBMITTED',
          params: {
            orderNo: filing.orderNo,
            smsDeadline: submission.smsDeadline.toISOString(),
            round: String(round.round),
          },
          ...contact,
          now,
        },
        tx,
      );
      return true;
    });
  }

  return async function submitToBureau(): Promise<SubmitReport> {
    const report: SubmitReport = { submitted: 0, failed: 0 };
    for (const round of await rounds.pending(SUBMIT_BATCH)) {
      try {
        const filing = await filings.findById(round.filingId);
        // A round is written only with the move to BUREAU_SMS, and nothing leaves that state before it is submitted.
        if (filing?.status !== 'BUREAU_SMS') throw new Error(`The filing is ${filing?.status ?? 'gone'}`);
        if (await submit(round, filing)) report.submitted += 1;
      } catch (error) {
        // One filing MIIT refuses must not hold up the others; it is tried again on the next run.
        report.failed += 1;
        log.error({ filingId: round.filingId, round: round.round, err: error }, 'bureau submission failed');
      }
    }
    return report;
  };
}

export type BureauSubmit = ReturnType<typeof createBureauSubmit>;
