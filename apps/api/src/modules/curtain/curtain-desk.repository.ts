// The admin's curtain desk over the requests' rows: filtered pages, today's batch, lookups by reference and tracking
// number, and the status changes, each guarded by the status it leaves.
import type { AdminCurtainQuery } from '@beian/contracts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';
import type { CurtainRequestRow } from './curtain.repository.ts';

const withOrderNo = { filing: { select: { orderNo: true, accountId: true } } } as const;
const batchOrder = [{ plannedDispatchDate: 'asc' }, { requestedAt: 'asc' }] as const;

/** Today's batch: planned for `today` (a Beijing day) or earlier and not shipped. */
const batchWhere = (today: string): Prisma.CurtainRequestWhereInput => ({
  status: 'REQUESTED',
  plannedDispatchDate: { lte: today },
});

function whereOf(query: AdminCurtainQuery, batchThrough: string): Prisma.CurtainRequestWhereInput {
  if (query.batch === 'today') return batchWhere(batchThrough);
  return {
    status: query.status,
    provinceCode: query.provinceCode,
    plannedDispatchDate: query.from || query.to ? { gte: query.from, lte: query.to } : undefined,
  };
}

export function createCurtainDeskRepository(db: Db) {
  return {
    /** A page of the filtered requests, or of the batch through `batchThrough`; the count of today's batch beside. */
    async page(query: AdminCurtainQuery, today: string, batchThrough: string) {
      const where = whereOf(query, batchThrough);
      const [rows, total, batchCount] = await Promise.all([
        db.curtainRequest.findMany({
          where,
          include: withOrderNo,
          orderBy:
            query.batch === 'today' ? [...batchOrder] : [{ plannedDispatchDate: 'desc' }, { requestedAt: 'desc' }],
          skip: (query.page - 1) * query.pageSize,
          take: query.pageSize,
        }),
        db.curtainRequest.count({ where }),
        db.curtainRequest.count({ where: batchWhere(today) }),
      ]);
      return { rows, total, batchCount };
    },

    /** Every request of the batch through `day`, oldest planned first, for the courier's bulk order. */
    batch: (day: string): Promise<CurtainRequestRow[]> =>
      db.curtainRequest.findMany({ where: batchWhere(day), include: withOrderNo, orderBy: [...batchOrder] }),

    byId: (id: string, tx: Tx = db): Promise<CurtainRequestRow | null> =>
      tx.curtainRequest.findUnique({ where: { id }, include: withOrderNo }),

    /** The requests made for the filing with this order number, newest first. */
    byOrderNo: (orderNo: string): Promise<CurtainRequestRow[]> =>
      db.curtainRequest.findMany({
        where: { filing: { orderNo } },
        include: withOrderNo,
        orderBy: { sequence: 'desc' },
      }),

    byTrackingNo: (trackingNo: string, tx: Tx = db) =>
      tx.curtainRequest.findUnique({ where: { trackingNo }, select: { id: true } }),

    /** SHIPPED → DELIVERED; false when the request is not SHIPPED (any more). */
    async markDelivered(id: string, at: Date, tx: Tx): Promise<boolean> {
      const { count } = await tx.curtainRequest.updateMany({
        where: { id, status: 'SHIPPED' },
        data: { status: 'DELIVERED', deliveredAt: at },
      });
      return count === 1;
    },

    /** SHIPPED → RETURNED; false when the request is not SHIPPED (any more). */
    async markReturned(id: string, at: Date, tx: Tx): Promise<boolean> {
      const { count } = await tx.curtainRequest.updateMany({
        where: { id, status: 'SHIPPED' },
        data: { status: 'RETURNED', returnedAt: at },
      });
      return count === 1;
    },
  };
}

export type CurtainDeskRepository = ReturnType<typeof createCurtainDeskRepository>;
