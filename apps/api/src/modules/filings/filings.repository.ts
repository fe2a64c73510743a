// Prisma access for filings, their event history, the in-flight locks and the daily order-number sequence.
import { EDITABLE_STATES } from '@beian/domain';
import type { FilingLockKind, Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';

export type FilingLockKey = { kind: FilingLockKind; key: string };

export function createFilingsRepository(db: Db) {
  return {
    /** The filing if `accountId` owns it; null for a missing id and for another account's filing alike. */
    findOwned: (accountId: string, id: string, tx: Tx = db) => tx.filing.findFirst({ where: { id, accountId } }),
    findById: (id: string, tx: Tx = db) => tx.filing.findUnique({ where: { id } }),

    /** The owner's sign-in email, where the filing's notices are mailed; null when the account is gone. */
    accountEmail: async (accountId: string, tx: Tx = db) =>
      (await tx.account.findUnique({ where: { id: accountId }, select: { email: true } }))?.email ?? null,

    createFiling: (data: Prisma.FilingUncheckedCreateInput, tx: Tx = db) => tx.filing.create({ data }),

    /** Writes only while the filing is editable and still at `version`; returns how many rows changed (0 or 1). */
    async updateEditable(
      target: { id: string; version: number; now: Date },
      data: Prisma.FilingUncheckedUpdateManyInput,
      tx: Tx = db,
    ) {
      const { count } = await tx.filing.updateMany({
        where: { id: target.id, version: target.version, status: { in: [...EDITABLE_STATES] } },
        data: { ...data, version: { increment: 1 }, updatedAt: target.now },
      });
      return count;
    },

    appendEvent: (data: Prisma.FilingEventUncheckedCreateInput, tx: Tx = db) => tx.filingEvent.create({ data }),
    /** Oldest first; events written in one instant keep the order they were written in. */
    listEvents: (filingId: string, tx: Tx = db) =>
      tx.filingEvent.findMany({ where: { filingId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),

    /** Inserts the locks that are free and returns how many were inserted (fewer than asked: another filing holds one). */
    async insertLocks(filingId: string, keys: readonly FilingLockKey[], now: Date, tx: Tx = db) {
      const { count } = await tx.filingLock.createMany({
        data: keys.map((k) => ({ ...k, filingId, createdAt: now })),
        skipDuplicates: true,
      });
      return count;
    },
    findLocks: (keys: readonly FilingLockKey[], tx: Tx = db) =>
      tx.filingLock.findMany({ where: { OR: keys.map((k) => ({ kind: k.kind, key: k.key })) } }),

    /** The next number of the day; the row lock of the upsert serialises concurrent callers until they commit. */
    async nextOrderSequence(day: string, tx: Tx = db): Promise<number> {
      const rows = await tx.$queryRaw<{ last: number }[]>`
        INSERT INTO "OrderSequence" ("day", "last") VALUES (${day}, 1)
        ON CONFLICT ("day") DO UPDATE SET "last" = "OrderSequence"."last" + 1
        RETURNING "last"`;
      const last = rows[0]?.last;
      if (last === undefined) throw new Error('The order sequence upsert returned no row');
      return Number(last);
    },
  };
}

export type FilingsRepository = ReturnType<typeof createFilingsRepository>;
