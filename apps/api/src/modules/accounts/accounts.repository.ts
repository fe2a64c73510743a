// Prisma access for the admin's accounts page: search, the row locks a role or status change takes, and the writes.
import type { Role } from '@beian/contracts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';

export type AccountFilter = { q?: string; role?: Role; active?: boolean; skip: number; take: number };

const listed = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  active: true,
  emailVerified: true,
  createdAt: true,
  photoPoint: { select: { id: true, name: true } },
} satisfies Prisma.AccountSelect;

export type ListedAccount = Prisma.AccountGetPayload<{ select: typeof listed }>;

export function createAccountsRepository(db: Db) {
  return {
    async page(filter: AccountFilter): Promise<{ rows: ListedAccount[]; total: number }> {
      const where: Prisma.AccountWhereInput = {
        role: filter.role,
        active: filter.active,
        ...(filter.q
          ? {
              OR: [
                { email: { contains: filter.q, mode: 'insensitive' } },
                { displayName: { contains: filter.q, mode: 'insensitive' } },
              ],
            }
          : {}),
      };
      const [rows, total] = await Promise.all([
        db.account.findMany({
          where,
          select: listed,
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          skip: filter.skip,
          take: filter.take,
        }),
        db.account.count({ where }),
      ]);
      return { rows, total };
    },

    /**
     * Locks the active administrators' rows until `tx` ends and returns their ids. Every change that could take an
     * administrator away takes these locks first, so two at once cannot both see "another admin is left": the second
     * waits, and then reads the first one's result (a demoted or disabled row no longer matches).
     */
    async lockActiveAdmins(tx: Tx): Promise<string[]> {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Account" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
      return rows.map((r) => r.id);
    },

    /** The account's row, locked until `tx` ends. */
    async lockAccount(id: string, tx: Tx): Promise<ListedAccount | null> {
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Account" WHERE id = ${id}::uuid FOR UPDATE`;
      if (locked.length === 0) return null;
      return tx.account.findUnique({ where: { id }, select: listed });
    },

    setRole: (id: string, role: Role, photoPointId: string | null, now: Date, tx: Tx) =>
      tx.account.update({ where: { id }, data: { role, photoPointId, updatedAt: now }, select: listed }),

    setActive: (id: string, active: boolean, now: Date, tx: Tx) =>
      tx.account.update({ where: { id }, data: { active, updatedAt: now }, select: listed }),

    /** Signs the account out everywhere: its sessions are deleted, not left to expire. */
    endSessions: (accountId: string, tx: Tx) => tx.session.deleteMany({ where: { accountId } }),
  };
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
