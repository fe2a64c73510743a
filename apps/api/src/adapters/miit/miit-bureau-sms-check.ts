// The MIIT SMS check of a submission: each verifier replies with the texted code within 24 hours; the sixth wrong
// code, or the deadline, ends the check (SMS_EXPIRED) and the filing has to be resubmitted.
import { isValidMainlandMobile } from '@beian/domain';
import type { Db } from '../../infra/db.ts';
import type { Clock } from '../../lib/clock.ts';
import { BUREAU_SMS_MAX_WRONG_CODES, type BureauSubmission, type SmsConfirmationOutcome } from './miit-bureau.port.ts';

const DAY_MS = 86_400_000;

type Deps = { db: Db; clock: Clock; loadOrThrow: (id: string) => Promise<BureauSubmission> };

export function createBureauSmsCheck({ db, clock, loadOrThrow }: Deps) {
  const expire = async (id: string) =>
    (await db.simBureauSubmission.updateMany({ where: { id, status: 'SMS_PENDING' }, data: { status: 'SMS_EXPIRED' } }))
      .count === 1;

  async function completeIfAllConfirmed(id: string) {
    const open = await db.simBureauVerifier.count({ where: { submissionId: id, confirmedAt: null } });
    if (open > 0) return;
    const row = await db.simBureauSubmission.findUniqueOrThrow({ where: { id }, select: { autoDecisionDays: true } });
    const now = clock.now();
    // Guarded by the status, so when two verifiers finish at once only one of them moves the submission on.
    await db.simBureauSubmission.updateMany({
      where: { id, status: 'SMS_PENDING' },
      data: {
        status: 'UNDER_REVIEW',
        smsConfirmedAt: now,
        autoDecideAt: new Date(now.getTime() + row.autoDecisionDays * DAY_MS),
      },
    });
  }

  async function outcomeOf(input: {
    submissionId: string;
    mobile: string;
    code: string;
  }): Promise<SmsConfirmationOutcome> {
    const submission = await loadOrThrow(input.submissionId);
    const parsed = isValidMainlandMobile(input.mobile);
    const verifier = parsed.ok
      ? await db.simBureauVerifier.findUnique({
          where: { submissionId_mobile: { submissionId: input.submissionId, mobile: parsed.value.mobile } },
        })
      : null;
    if (!verifier) return 'NOT_A_VERIFIER';
    if (verifier.confirmedAt) return 'ALREADY_CONFIRMED';
    if (submission.status !== 'SMS_PENDING') return 'EXPIRED';
    if (clock.now() > submission.smsDeadline) {
      await expire(submission.id);
      return 'EXPIRED';
    }
    if (input.code.trim() !== verifier.code) {
      const updated = await db.simBureauVerifier.update({
        where: { id: verifier.id },
        data: { wrongCodes: { increment: 1 } },
      });
      if (updated.wrongCodes <= BUREAU_SMS_MAX_WRONG_CODES) return 'WRONG_CODE';
      await expire(submission.id);
      return 'EXPIRED';
    }
    await db.simBureauVerifier.updateMany({
      where: { id: verifier.id, confirmedAt: null },
      data: { confirmedAt: clock.now() },
    });
    await completeIfAllConfirmed(submission.id);
    return 'CONFIRMED';
  }

  return {
    async confirm(input: { submissionId: string; mobile: string; code: string }) {
      const outcome = await outcomeOf(input);
      return { outcome, submission: await loadOrThrow(input.submissionId) };
    },

    /** Closes every check whose 24 hours are over; returns the ids it closed. */
    async expireOverdue(): Promise<string[]> {
      const overdue = await db.simBureauSubmission.findMany({
        where: { status: 'SMS_PENDING', smsDeadline: { lt: clock.now() } },
        select: { id: true },
      });
      const closed: string[] = [];
      for (const { id } of overdue) if (await expire(id)) closed.push(id);
      return closed;
    },
  };
}
