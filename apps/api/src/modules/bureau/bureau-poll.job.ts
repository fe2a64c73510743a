// The bureau.poll job: asks MIIT about every round it has open (the SMS check running, or the bureau reviewing), as
// the console would poll a real registry, and applies what changed: the check complete or failed, the bureau's
// approval or rejection (docs/design.md §5.7). MIIT's own deadline check runs in getSubmission, so a job every 30
// seconds fails a check within a minute of its 24 hours. A second poll of the same answer writes nothing.
import type { BureauSubmission, MiitBureau } from '../../adapters/miit/miit-bureau.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import type { FilingsRepository } from '../filings/filings.repository.ts';
import { BureauGuardError, type BureauOutcomes } from './bureau-outcomes.ts';
import type { BureauRound, BureauRoundsRepository } from './bureau-rounds.repository.ts';

/** Rounds polled per run, least recently polled first. */
export const POLL_BATCH = 200;

type Log = { warn: (detail: object, message: string) => void; error: (detail: object, message: string) => void };

type Deps = {
  rounds: BureauRoundsRepository;
  filings: Pick<FilingsRepository, 'findById'>;
  bureau: Pick<MiitBureau, 'getSubmission'>;
  outcomes: BureauOutcomes;
  clock: Clock;
  log: Log;
};

export type PollReport = { moved: number; failed: number };

export function createBureauPoll({ rounds, filings, bureau, outcomes, clock, log }: Deps) {
  const reload = async (round: BureauRound) => {
    const [filing, latest] = await Promise.all([filings.findById(round.filingId), rounds.latest(round.filingId)]);
    if (!filing || latest?.id !== round.id) throw new Error('The filing or its round is gone');
    return { filing, round: latest };
  };

  /** Applies MIIT's answer to the round; true when it moved the filing. */
  async function settle(filing: Filing, round: BureauRound, submission: BureauSubmission): Promise<boolean> {
    if (round.status === 'SUBMITTED' && filing.status === 'BUREAU_SMS') {
      if (submission.status === 'SMS_PENDING') return false;
      if (submission.status === 'SMS_EXPIRED') {
        await outcomes.smsExpired(filing, round, submission);
        return true;
      }
      // UNDER_REVIEW, or already decided (an admin, or a long gap between polls): the check is complete first.
      await outcomes.smsConfirmed(filing, round, submission);
      if (submission.status === 'UNDER_REVIEW') return true;
      const next = await reload(round);
      await settle(next.filing, next.round, submission);
      return true;
    }
    if (round.status === 'SMS_CONFIRMED' && filing.status === 'BUREAU_REVIEW') {
      if (submission.status === 'APPROVED') await outcomes.approved(filing, round, submission);
      else if (submission.status === 'REJECTED') await outcomes.rejected(filing, round, submission);
      else return false;
      return true;
    }
    return false;
  }

  async function poll(round: BureauRound & { externalId: string }): Promise<boolean> {
    const submission = await bureau.getSubmission(round.externalId);
    if (!submission) throw new Error('MIIT does not know the submission');
    const filing = await filings.findById(round.filingId);
    if (!filing) throw new Error('The filing is gone');
    const moved = await settle(filing, round, submission);
    await rounds.polled(round.id, clock.now());
    return moved;
  }

  return async function pollBureau(): Promise<PollReport> {
    const report: PollReport = { moved: 0, failed: 0 };
    for (const round of await rounds.atMiit(POLL_BATCH)) {
      const { externalId } = round;
      if (externalId === null) continue;
      try {
        if (await poll({ ...round, externalId })) report.moved += 1;
      } catch (error) {
        // One round MIIT cannot answer for must not hold up the others; it is polled again on the next run.
        report.failed += 1;
        const detail = { filingId: round.filingId, round: round.round, err: error };
        if (error instanceof BureauGuardError) log.warn(detail, 'bureau answer not applied');
        else log.error(detail, 'bureau poll failed');
      }
    }
    return report;
  };
}

export type BureauPoll = ReturnType<typeof createBureauPoll>;
