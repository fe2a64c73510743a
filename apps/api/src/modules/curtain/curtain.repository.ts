// The curtain requests' rows: the free curtain and any granted further one of an account, with the order number of
// the filing each was for.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';

const withOrderNo = { filing: { select: { orderNo: true, accountId: true } } } as const;
export type CurtainRequestRow = Prisma.CurtainRequestGetPayload<{ include: typeof withOrderNo }>;
export type NewCurtainRequest = Prisma.CurtainRequestUncheckedCreateInput & { requestedAt: Date };

export function createCurtainRepository(db: Db) {
  return {
    /** The account's newest request (a granted further one comes after the free one). */
    ofAccount: (accountId: string): Promise<CurtainRequestRow | null> =>
      db.curtainRequest.findFirst({ where: { accountId }, orderBy: { sequence: 'desc' }, include: withOrderNo }),

    /** False when the account already has a request (its unique key), also when another insert won a race. */
    async createIfFirst(row: NewCurtainRequest): Promise<boolean> {
      const { count } = await db.curtainRequest.createMany({ data: [row], skipDuplicates: true });
      return count === 1;
    },

    /** The account's grant of one more curtain that no request has used yet, oldest first. */
    unusedGrant: (accountId: string) =>
      db.curtainGrant.findFirst({ where: { accountId, usedAt: null }, orderBy: { grantedAt: 'asc' } }),

    /**
     * A further request on a grant, in one transaction with the grant's use: false (and nothing written) when the
     * grant was used meanwhile or another request took the sequence (two requests at once).
     */
    createWithGrant: (row: NewCurtainRequest & { grantId: string }): Promise<boolean> =>
      db
        .$transaction(async (tx) => {
          const used = await tx.curtainGrant.updateMany({
            where: { id: row.grantId, usedAt: null },
            data: { usedAt: row.requestedAt },
          });
          if (used.count !== 1) throw new GrantRaced();
          const { count } = await tx.curtainRequest.createMany({ data: [row], skipDuplicates: true });
          if (count !== 1) throw new GrantRaced();
          return true;
        })
        .catch((error: unknown) => {
          if (error instanceof GrantRaced) return false;
          throw error;
        }),

    /** Not yet shipped and planned for `day` (a Beijing YYYY-MM-DD) or before, oldest first. */
    due: (day: string, take: number): Promise<CurtainRequestRow[]> =>
      db.curtainRequest.findMany({
        where: { shippedAt: null, plannedDispatchDate: { lte: day } },
        orderBy: [{ plannedDispatchDate: 'asc' }, { requestedAt: 'asc' }],
        include: withOrderNo,
        take,
      }),

    /** Records the hand-over once: false when another run recorded it first. */
    async markShipped(id: string, trackingNo: string, at: Date, tx: Tx): Promise<boolean> {
      const { count } = await tx.curtainRequest.updateMany({
        where: { id, shippedAt: null },
        data: { trackingNo, shippedAt: at, status: 'SHIPPED' },
      });
      return count === 1;
    },
  };
}

class GrantRaced extends Error {}

export type CurtainRepository = ReturnType<typeof createCurtainRepository>;
