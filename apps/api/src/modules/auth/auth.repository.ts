// Prisma access for accounts, sessions and failed sign-in attempts.
import type { Db, Tx } from '../../infra/db.ts';

export function createAuthRepository(db: Db) {
  return {
    findAccountByEmail: (email: string, tx: Tx = db) => tx.account.findUnique({ where: { email } }),
    findAccountById: (id: string, tx: Tx = db) => tx.account.findUnique({ where: { id } }),
    createAccount: (data: { email: string; passwordHash: string; displayName: string }, tx: Tx = db) =>
      tx.account.create({ data }),
    updateLocale: (id: string, locale: string, tx: Tx = db) => tx.account.update({ where: { id }, data: { locale } }),

    createSession: (data: { tokenHash: string; accountId: string; expiresAt: Date; userAgent?: string }, tx: Tx = db) =>
      tx.session.create({ data }),
    findSession: (tokenHash: string, tx: Tx = db) =>
      tx.session.findUnique({ where: { tokenHash }, include: { account: true } }),
    touchSession: (id: string, at: Date, tx: Tx = db) => tx.session.update({ where: { id }, data: { lastSeenAt: at } }),
    deleteSession: (tokenHash: string, tx: Tx = db) => tx.session.deleteMany({ where: { tokenHash } }),

    recordFailures: (keys: string[], at: Date, tx: Tx = db) =>
      tx.loginAttempt.createMany({ data: keys.map((key) => ({ key, at })) }),
    clearFailures: (key: string, tx: Tx = db) => tx.loginAttempt.deleteMany({ where: { key } }),
    /** Failures for `key` since `since`, oldest first (only their times are needed). */
    failuresSince: (key: string, since: Date, tx: Tx = db) =>
      tx.loginAttempt.findMany({ where: { key, at: { gte: since } }, orderBy: { at: 'asc' }, select: { at: true } }),
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
