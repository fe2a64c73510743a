// Prisma access for BureauSubmission: one row per round of a filing's submission to the bureau. The row written with
// the second approval (or a resubmission) is the outbox the bureau.submit job works from (docs/decisions/024).
import { randomUUID } from 'node:crypto';
import type { BureauSubmission, BureauSubmissionStatus, Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';

export type BureauRound = BureauSubmission;

/** Rounds still open at MIIT: the SMS check runs, or the bureau reviews. */
export const OPEN_ROUND_STATUSES = ['SUBMITTED', 'SMS_CONFIRMED'] as const satisfies readonly BureauSubmissionStatus[];

export function createBureauRoundsRepository(db: Db) {
  return {
    /**
     * Writes the filing's next round, PENDING, inside the transaction that moves the filing to BUREAU_SMS; returns
     * its number. The filing's guarded status update serialises callers, and (filingId, round) is unique besides.
     */
    async openRound(
      input: { filingId: string; now: Date; resubmitReason?: string; resubmittedById?: string },
      tx: Tx,
    ): Promise<number> {
      const last = await tx.bureauSubmission.aggregate({ where: { filingId: input.filingId }, _max: { round: true } });
      const round = (last._max.round ?? 0) + 1;
      await tx.bureauSubmission.create({
        data: {
          id: randomUUID(),
          filingId: input.filingId,
          round,
          status: 'PENDING',
          createdAt: input.now,
          resubmitReason: input.resubmitReason ?? null,
          resubmittedById: input.resubmittedById ?? null,
        },
      });
      return round;
    },

    /** The filing's newest round, or null before the second review approved it. */
    latest: (filingId: string, tx: Tx = db) =>
      tx.bureauSubmission.findFirst({ where: { filingId }, orderBy: { round: 'desc' } }),

    /** Rounds MIIT does not have yet, oldest first. */
    pending: (limit: number) =>
      db.bureauSubmission.findMany({ where: { status: 'PENDING' }, orderBy: { createdAt: 'asc' }, take: limit }),

    /** Rounds open at MIIT, least recently polled first. */
    atMiit: (limit: number) =>
      db.bureauSubmission.findMany({
        where: { status: { in: [...OPEN_ROUND_STATUSES] }, externalId: { not: null } },
        orderBy: [{ lastPolledAt: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }],
        take: limit,
      }),

    /**
     * Moves a round on only from the status it was read in: 0 when another run already did (the caller then
     * writes nothing else).
     */
    async move(
      id: string,
      from: BureauSubmissionStatus,
      data: Prisma.BureauSubmissionUncheckedUpdateManyInput,
      tx: Tx,
    ): Promise<number> {
      const { count } = await tx.bureauSubmission.updateMany({ where: { id, status: from }, data });
      return count;
    },

    /**
     * Filings whose SMS check failed (SMS_FAILED), each with its failed round and the smsExpired event that returned
     * it; the caller orders them by failure.
     */
    returned: () =>
      db.filing.findMany({
        where: { status: 'SMS_FAILED' },
        include: {
          bureauSubmissions: { where: { status: 'SMS_FAILED' }, orderBy: { round: 'desc' }, take: 1 },
          events: { where: { event: 'smsExpired' }, orderBy: [{ at: 'desc' }, { id: 'desc' }], take: 1 },
        },
      }),

    polled: (id: string, at: Date) => db.bureauSubmission.update({ where: { id }, data: { lastPolledAt: at } }),
  };
}

export type BureauRoundsRepository = ReturnType<typeof createBureauRoundsRepository>;
