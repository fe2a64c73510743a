// Prisma access for staff invitations. A usable invitation is one neither used, revoked nor expired; using and
// revoking are conditional updates, so of two racing callers only one finds it still usable.
import type { Role } from '@beian/contracts';
import type { Db, Tx } from '../../infra/db.ts';

export type NewInvitation = {
  id: string;
  tokenHash: string;
  email: string;
  displayName: string;
  role: Role;
  photoPointId: string | null;
  invitedById: string;
  createdAt: Date;
  expiresAt: Date;
};

const usable = (now: Date) => ({ usedAt: null, revokedAt: null, expiresAt: { gt: now } });

export function createInvitationsRepository(db: Db) {
  return {
    create: (data: NewInvitation, tx: Tx) => tx.staffInvitation.create({ data }),
    pending: (now: Date) => db.staffInvitation.findMany({ where: usable(now), orderBy: { createdAt: 'desc' } }),
    findUsableByHash: (tokenHash: string, now: Date, tx: Tx = db) =>
      tx.staffInvitation.findFirst({ where: { tokenHash, ...usable(now) } }),
    /** Revokes the address's usable invitations (a new one replaces them); returns how many. */
    revokeFor: async (email: string, now: Date, tx: Tx) =>
      (await tx.staffInvitation.updateMany({ where: { email, ...usable(now) }, data: { revokedAt: now } })).count,
    revoke: async (id: string, now: Date, tx: Tx) =>
      (await tx.staffInvitation.updateMany({ where: { id, ...usable(now) }, data: { revokedAt: now } })).count === 1,
    use: async (id: string, accountId: string, now: Date, tx: Tx) =>
      (await tx.staffInvitation.updateMany({ where: { id, ...usable(now) }, data: { usedAt: now, accountId } }))
        .count === 1,
    findById: (id: string, tx: Tx = db) => tx.staffInvitation.findUnique({ where: { id } }),
    /** Display names by account id, for "invited by". */
    names: async (ids: readonly string[]) =>
      new Map(
        (
          await db.account.findMany({
            where: { id: { in: [...new Set(ids)] } },
            select: { id: true, displayName: true },
          })
        ).map((a) => [a.id, a.displayName]),
      ),
    /** Photo point names by id. */
    pointNames: async (ids: readonly string[], tx: Tx = db) =>
      new Map(
        (
          await tx.photoPoint.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } })
        ).map((p) => [p.id, p.name]),
      ),
    createStaffAccount: (
      data: {
        email: string;
        displayName: string;
        passwordHash: string;
        role: Role;
        photoPointId: string | null;
        now: Date;
      },
      tx: Tx,
    ) =>
      tx.account.create({
        data: {
          email: data.email,
          displayName: data.displayName,
          passwordHash: data.passwordHash,
          role: data.role,
          photoPointId: data.photoPointId,
          // Whoever invited the address vouched for it, and opening the emailed link proves it.
          emailVerified: true,
          createdAt: data.now,
          updatedAt: data.now,
        },
      }),
  };
}

export type InvitationsRepository = ReturnType<typeof createInvitationsRepository>;
