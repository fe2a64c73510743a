// Prisma access for the SMS codes of the subject step (only hashes of codes and numbers are stored).
import type { Db, Tx } from '../../infra/db.ts';
import { SMS_MAX_WRONG } from './sms-codes.ts';

export function createSmsCodesRepository(db: Db) {
  return {
    transaction: <T>(fn: (tx: Tx) => Promise<T>) => db.$transaction(fn),
    /**
     * Runs `fn` while no other send to the same number can: a transaction-scoped advisory lock on the number's hash,
     * so two quick clicks cannot both pass the resend and hourly limits.
     */
    withNumberLocked<T>(mobileHash: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
      return db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sms:${mobileHash}`}, 0))`;
        return fn(tx);
      });
    },
    /** Send times to this number since `since`, oldest first. */
    sentSince: async (mobileHash: string, since: Date, tx: Tx = db) =>
      (
        await tx.smsCode.findMany({
          where: { mobileHash, sentAt: { gt: since } },
          orderBy: { sentAt: 'asc' },
          select: { sentAt: true },
        })
      ).map((r) => r.sentAt),
    create: (
      data: { id: string; filingId: string; mobileHash: string; codeHash: string; sentAt: Date; expiresAt: Date },
      tx: Tx = db,
    ) => tx.smsCode.create({ data }),
    remove: (id: string, tx: Tx = db) => tx.smsCode.deleteMany({ where: { id } }),

    /** The newest code this filing sent to this number that has not been used. */
    latest: (filingId: string, mobileHash: string, tx: Tx = db) =>
      tx.smsCode.findFirst({
        where: { filingId, mobileHash, consumedAt: null },
        orderBy: { sentAt: 'desc' },
      }),
    /** Counts a wrong try; returns the tries made, or null once the code is void (too many wrong already). */
    async countWrong(id: string, tx: Tx = db): Promise<number | null> {
      const { count } = await tx.smsCode.updateMany({
        where: { id, attempts: { lt: SMS_MAX_WRONG } },
        data: { attempts: { increment: 1 } },
      });
      if (count === 0) return null;
      return (await tx.smsCode.findUniqueOrThrow({ where: { id }, select: { attempts: true } })).attempts;
    },
    /** Marks the code used; false when it was used, voided or expired meanwhile. */
    async consume(id: string, now: Date, tx: Tx = db): Promise<boolean> {
      const { count } = await tx.smsCode.updateMany({
        where: { id, consumedAt: null, attempts: { lt: SMS_MAX_WRONG }, expiresAt: { gt: now } },
        data: { consumedAt: now },
      });
      return count === 1;
    },
  };
}

export type SmsCodesRepository = ReturnType<typeof createSmsCodesRepository>;
