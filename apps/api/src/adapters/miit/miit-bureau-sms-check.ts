// The MIIT SMS check of a submission: each verifier types, on MIIT's page, their mobile, the texted code and the last
// 6 characters of their certificate number within 24 hours; the sixth wrong try, or the deadline, ends the check
// (SMS_EXPIRED, with the failure) and the filing has to be resubmitted.
import { isValidMainlandMobile } from '@beian/domain';
import type { Db } from '../../infra/db.ts';
import type { CertHasher } from '../../lib/cert-hash.ts';
import type { Clock } from '../../lib/clock.ts';
import { sameToken } from '../../lib/keyed-mac.ts';
import {
  BUREAU_SMS_MAX_WRONG_CODES,
  type BureauSmsFailure,
  type BureauSubmission,
  type MiitBureau,
} from './miit-bureau.port.ts';

type Deps = {
  db: Db;
  clock: Clock;
  certHasher: CertHasher;
  /** When the bureau decides by itself once the check is complete. */
  autoDecideAt: (
    confirmedAt: Date,
    row: { autoDecisionDays: number; autoDecisionMinutes: number | null },
  ) => Promise<Date>;
  loadOrThrow: (id: string) => Promise<BureauSubmission>;
};

type Confirmation = Awaited<ReturnType<MiitBureau['recordSmsConfirmation']>>;

export function createBureauSmsCheck({ db, clock, certHasher, autoDecideAt, loadOrThrow }: Deps) {
  const expire = async (id: string, failure: BureauSmsFailure) =>
    (
      await db.simBureauSubmission.updateMany({
        where: { id, status: 'SMS_PENDING' },
        data: { status: 'SMS_EXPIRED', failure },
      })
    ).count === 1;

  async function completeIfAllConfirmed(id: string) {
    const open = await db.simBureauVerifier.count({ where: { submissionId: id, confirmedAt: null } });
    if (open > 0) return;
    const row = await db.simBureauSubmission.findUniqueOrThrow({
      where: { id },
      select: { autoDecisionDays: true, autoDecisionMinutes: true },
    });
    const now = clock.now();
    const decideAt = await autoDecideAt(now, row);
    // Guarded by the status, so when two verifiers finish at once only one of them moves the submission on.
    await db.simBureauSubmission.updateMany({
      where: { id, status: 'SMS_PENDING' },
      data: { status: 'UNDER_REVIEW', smsConfirmedAt: now, autoDecideAt: decideAt },
    });
  }

  /** A typed ending matches the stored keyed hash (any verifier the console sent without one passes on the code). */
  const endingMatches = (stored: string | null, typed: string) =>
    stored === null || (typed.trim().length === 6 && sameToken(stored, certHasher.ending(typed.trim())));

  /** Closes this check if its 24 hours are over: true when this call did. */
  async function expireIfOverdue(id: string): Promise<boolean> {
    const { count } = await db.simBureauSubmission.updateMany({
      where: { id, status: 'SMS_PENDING', smsDeadline: { lte: clock.now() } },
      data: { status: 'SMS_EXPIRED', failure: 'DEADLINE' },
    });
    return count === 1;
  }

  async function confirm(input: { mobile: string; code: string; certEnding: string }): Promise<Confirmation> {
    const parsed = isValidMainlandMobile(input.mobile, { blockedPrefixes: [] });
    if (!parsed.ok) return { outcome: 'NOT_A_VERIFIER', submission: null, triesLeft: null };
    // The newest submission that texted this mobile: an earlier round's codes are void once it is resubmitted.
    // Fix: one person may be a verifier of two filings whose checks run at once (a principal of two subjects); taking
    // only the newest left the older one unconfirmable, so an open check whose code matches is taken first.
    const candidates = await db.simBureauVerifier.findMany({
      where: { mobile: parsed.value.mobile },
      orderBy: { submission: { submittedAt: 'desc' } },
      include: { submission: { select: { status: true } } },
    });
    const verifier =
      candidates.find(
        (v) => v.confirmedAt === null && v.submission.status === 'SMS_PENDING' && v.code === input.code.trim(),
      ) ?? candidates[0];
    if (!verifier) return { outcome: 'NOT_A_VERIFIER', submission: null, triesLeft: null };
    const id = verifier.submissionId;
    const result = async (outcome: Confirmation['outcome'], triesLeft: number | null = null) => ({
      outcome,
      submission: await loadOrThrow(id),
      triesLeft,
    });
    if (verifier.confirmedAt) return result('ALREADY_CONFIRMED');
    await expireIfOverdue(id);
    const submission = await loadOrThrow(id);
    if (submission.status !== 'SMS_PENDING') return result('EXPIRED');
    if (input.code.trim() !== verifier.code || !endingMatches(verifier.certEndingMac, input.certEnding)) {
      const updated = await db.simBureauVerifier.update({
        where: { id: verifier.id },
        data: { wrongCodes: { increment: 1 } },
      });
      if (updated.wrongCodes <= BUREAU_SMS_MAX_WRONG_CODES) {
        return result('WRONG_CODE', BUREAU_SMS_MAX_WRONG_CODES - updated.wrongCodes);
      }
      await expire(id, 'WRONG_CODES');
      return result('EXPIRED');
    }
    await db.simBureauVerifier.updateMany({
      where: { id: verifier.id, confirmedAt: null },
      data: { confirmedAt: clock.now() },
    });
    await completeIfAllConfirmed(id);
    return result('CONFIRMED');
  }

  return {
    confirm,
    expireIfOverdue,

    /** Closes every check whose 24 hours are over; returns the ids it closed. */
    async expireOverdue(): Promise<string[]> {
      const overdue = await db.simBureauSubmission.findMany({
        where: { status: 'SMS_PENDING', smsDeadline: { lte: clock.now() } },
        select: { id: true },
      });
      const closed: string[] = [];
      for (const { id } of overdue) if (await expire(id, 'DEADLINE')) closed.push(id);
      return closed;
    },
  };
}
