// Prisma access for the first-administrator setup: its one-time tokens and the accounts it checks and creates.
import type { Db, Tx } from '../../infra/db.ts';

// One key for the advisory lock that makes "no administrator yet → create one" a single step across processes.
const FIRST_ADMIN_LOCK = 7_310_001;

export function createSetupRepository(db: Db) {
  return {
    activeAdminExists: async (tx: Tx = db) =>
      (await tx.account.count({ where: { role: 'ADMIN', active: true }, take: 1 })) > 0,
    createToken: (data: { tokenHash: string; createdAt: Date; expiresAt: Date }, tx: Tx = db) =>
      tx.setupToken.create({ data }),
    /** The token if it is unused and unexpired at `now`. */
    findUsableToken: (tokenHash: string, now: Date, tx: Tx = db) =>
      tx.setupToken.findFirst({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } } }),
    /** Marks the token used; false when another request used it first. */
    useToken: async (tokenHash: string, now: Date, tx: Tx = db) =>
      (
        await tx.setupToken.updateMany({
          where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
          data: { usedAt: now },
        })
      ).count === 1,
    /** Every link still open ends once an administrator exists. */
    closeOpenTokens: (now: Date, tx: Tx = db) =>
      tx.setupToken.updateMany({ where: { usedAt: null }, data: { usedAt: now } }),
    emailTaken: async (email: string, tx: Tx = db) => (await tx.account.count({ where: { email } })) > 0,
    createAdmin: (data: { email: string; displayName: string; passwordHash: string; now: Date }, tx: Tx = db) =>
      tx.account.create({
        data: {
          email: data.email,
          displayName: data.displayName,
          passwordHash: data.passwordHash,
          role: 'ADMIN',
          createdAt: data.now,
          updatedAt: data.now,
        },
      }),
    /** Serialises first-admin creation with every other process until the transaction ends. */
    lockFirstAdmin: (tx: Tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`,
    transaction: <T>(fn: (tx: Tx) => Promise<T>) => db.$transaction(fn),
  };
}

export type SetupRepository = ReturnType<typeof createSetupRepository>;
