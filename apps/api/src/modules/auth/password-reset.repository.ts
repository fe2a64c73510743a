// Prisma access for password reset links. A newer link deletes the account's older unused ones, so "replaced" needs
// no column of its own; using one is a conditional update, so of two racing uses only one succeeds.
import type { Db, Tx } from '../../infra/db.ts';

export function createPasswordResetRepository(db: Db) {
  return {
    /** Holds off other resets of the account until `tx` ends. */
    lockAccount: async (accountId: string, tx: Tx) => {
      await tx.$queryRaw`SELECT id FROM "Account" WHERE id = ${accountId}::uuid FOR UPDATE`;
    },
    dropUnused: (accountId: string, tx: Tx) => tx.passwordReset.deleteMany({ where: { accountId, usedAt: null } }),
    create: (data: { id: string; tokenHash: string; accountId: string; createdAt: Date; expiresAt: Date }, tx: Tx) =>
      tx.passwordReset.create({ data }),
    findUsable: (tokenHash: string, now: Date) =>
      db.passwordReset.findFirst({
        where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
        include: { account: true },
      }),
    use: async (id: string, now: Date, tx: Tx) =>
      (
        await tx.passwordReset.updateMany({
          where: { id, usedAt: null, expiresAt: { gt: now } },
          data: { usedAt: now },
        })
      ).count === 1,
    /** Signs the account out everywhere and forgets the browsers it signed in from. */
    endSessionsAndDevices: async (accountId: string, tx: Tx) => {
      const { count } = await tx.session.deleteMany({ where: { accountId } });
      await tx.knownDevice.deleteMany({ where: { accountId } });
      return count;
    },
  };
}

export type PasswordResetRepository = ReturnType<typeof createPasswordResetRepository>;
