// Prisma access for accounts, sessions, known devices and email verifications.
import type { Db, Tx } from '../../infra/db.ts';

export type NewAccount = {
  email: string;
  passwordHash: string;
  displayName: string;
  locale: string;
  emailVerified: boolean;
};

export function createAuthRepository(db: Db) {
  return {
    /** Holds off, until `tx` ends, every other transaction that registers the same address. */
    lockAddress: async (email: string, tx: Tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`register:${email}`}, 0))`;
    },
    findAccountByEmail: (email: string, tx: Tx = db) => tx.account.findUnique({ where: { email } }),
    findAccountById: (id: string, tx: Tx = db) => tx.account.findUnique({ where: { id } }),
    createAccount: (data: NewAccount, now: Date, tx: Tx = db) =>
      tx.account.create({ data: { ...data, createdAt: now, updatedAt: now } }),
    updateAccount: (
      id: string,
      data: Partial<Pick<NewAccount, 'passwordHash' | 'displayName' | 'locale' | 'emailVerified'>>,
      now: Date,
      tx: Tx = db,
    ) => tx.account.update({ where: { id }, data: { ...data, updatedAt: now } }),

    createSession: (
      data: { tokenHash: string; accountId: string; createdAt: Date; expiresAt: Date; userAgent?: string },
      tx: Tx = db,
    ) => tx.session.create({ data: { ...data, lastSeenAt: data.createdAt } }),
    touchSession: (id: string, at: Date, tx: Tx = db) => tx.session.update({ where: { id }, data: { lastSeenAt: at } }),
    deleteSession: (tokenHash: string, tx: Tx = db) => tx.session.deleteMany({ where: { tokenHash } }),
    /** The account's sessions still valid at `now`, the most recently seen first. */
    liveSessions: (accountId: string, now: Date, tx: Tx = db) =>
      tx.session.findMany({
        where: { accountId, expiresAt: { gt: now } },
        orderBy: [{ lastSeenAt: 'desc' }, { createdAt: 'desc' }],
      }),
    deleteSessionOf: (accountId: string, id: string, tx: Tx = db) =>
      tx.session.deleteMany({ where: { id, accountId } }),
    /** Ends the account's live sessions but `keepId`. */
    deleteSessionsExcept: (accountId: string, keepId: string, now: Date, tx: Tx = db) =>
      tx.session.deleteMany({ where: { accountId, id: { not: keepId }, expiresAt: { gt: now } } }),
    deleteSessions: (ids: readonly string[], tx: Tx = db) => tx.session.deleteMany({ where: { id: { in: [...ids] } } }),

    findKnownDevice: (tokenHash: string, accountId: string, tx: Tx = db) =>
      tx.knownDevice.findUnique({ where: { tokenHash_accountId: { tokenHash, accountId } } }),
    rememberDevice: (tokenHash: string, accountId: string, at: Date, tx: Tx = db) =>
      tx.knownDevice.upsert({
        where: { tokenHash_accountId: { tokenHash, accountId } },
        create: { tokenHash, accountId, createdAt: at, lastSignInAt: at },
        update: { lastSignInAt: at },
      }),

    createVerification: (
      data: { id: string; tokenHash: string; accountId: string; createdAt: Date; expiresAt: Date },
      tx: Tx = db,
    ) => tx.emailVerification.create({ data }),
    findVerification: (tokenHash: string, tx: Tx = db) =>
      tx.emailVerification.findUnique({ where: { tokenHash }, include: { account: true } }),
    /** The count tells a caller racing another one whether it removed the link first. */
    deleteVerification: (id: string, tx: Tx = db) => tx.emailVerification.deleteMany({ where: { id } }),
    deleteVerificationsOf: (accountId: string, tx: Tx = db) =>
      tx.emailVerification.deleteMany({ where: { accountId } }),
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
