// The applicant's view of the bureau stage (GET /api/filings/:id/bureau): the newest round, with its verifiers as
// MIIT reports them now (names and mobiles masked), and the resend of the codes, which MIIT honours once a minute.
import type { BureauCheck, BureauCheckResponse } from '@beian/contracts';
import {
  BUREAU_RESEND_SECONDS,
  BUREAU_SMS_MAX_WRONG_CODES,
  type BureauSubmission,
  type MiitBureau,
} from '../../adapters/miit/miit-bureau.port.ts';
import { AppError, ConflictError } from '../../lib/app-error.ts';
import { maskedName } from '../app-check/app-check-principal.ts';
import type { FilingAccess } from '../filings/filing-access.ts';
import type { BureauRound, BureauRoundsRepository } from './bureau-rounds.repository.ts';

type Deps = {
  access: Pick<FilingAccess, 'owned'>;
  rounds: Pick<BureauRoundsRepository, 'latest'>;
  bureau: Pick<MiitBureau, 'getSubmission' | 'resendCodes'>;
};

const iso = (at: Date | null) => at?.toISOString() ?? null;

function checkOf(round: BureauRound, submission: BureauSubmission | null): BureauCheck {
  const live = round.status === 'SUBMITTED' && submission !== null;
  return {
    round: round.round,
    status: round.status,
    submittedAt: iso(round.submittedAt),
    smsDeadline: iso(round.smsDeadline),
    smsConfirmedAt: iso(round.smsConfirmedAt),
    bureauDueAt: iso(round.bureauDueAt),
    decidedAt: iso(round.decidedAt),
    failure: round.failure === 'DEADLINE' || round.failure === 'WRONG_CODES' ? round.failure : null,
    bureauReason: round.bureauReason,
    verifiers: (submission?.verifiers ?? []).map((v) => ({
      role: v.role,
      nameMasked: maskedName(v.name),
      mobileMasked: v.mobileMasked,
      confirmedAt: iso(v.confirmedAt),
      triesLeft: Math.max(0, BUREAU_SMS_MAX_WRONG_CODES - v.wrongCodes),
    })),
    resendAvailableAt: live
      ? new Date(submission.codesSentAt.getTime() + BUREAU_RESEND_SECONDS * 1000).toISOString()
      : null,
  };
}

const notPending = (orderNo: string) =>
  new ConflictError('BUREAU_CHECK_NOT_PENDING', `Filing ${orderNo} has no MIIT SMS check running: nothing to resend.`);

export function createBureauCheck({ access, rounds, bureau }: Deps) {
  /** MIIT keeps the verifiers; a round it does not have yet (PENDING) has none to show. */
  const submissionOf = (round: BureauRound) => (round.externalId ? bureau.getSubmission(round.externalId) : null);

  return {
    async check(accountId: string, id: string): Promise<BureauCheckResponse> {
      const row = await access.owned(accountId, id);
      const round = await rounds.latest(row.id);
      if (!round) return { check: null };
      return { check: checkOf(round, await submissionOf(round)) };
    },

    /** Texts the unconfirmed verifiers again: 429 within a minute of the last texts, 409 when no check runs. */
    async resend(accountId: string, id: string): Promise<BureauCheckResponse> {
      const row = await access.owned(accountId, id);
      const round = await rounds.latest(row.id);
      if (round?.status !== 'SUBMITTED' || !round.externalId) throw notPending(row.orderNo);
      const result = await bureau.resendCodes(round.externalId);
      if (result.outcome === 'NOT_PENDING') throw notPending(row.orderNo);
      if (result.outcome === 'TOO_SOON') {
        const wait = Math.max(1, result.retryAfterSeconds);
        throw new AppError(
          'BUREAU_RESEND_TOO_SOON',
          429,
          `MIIT texts the codes at most once a minute; try again in ${wait} second(s).`,
          { headers: { 'retry-after': String(wait) } },
        );
      }
      return { check: checkOf(round, result.submission) };
    },
  };
}

export type BureauCheckService = ReturnType<typeof createBureauCheck>;
