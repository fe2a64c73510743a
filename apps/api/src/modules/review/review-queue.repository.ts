// Prisma access for the reviewer queues: a page sorted by SLA due time (overdue first), and one queue row. The counts
// beside a page are review-queue-counts.repository.ts.
import type { FilingStatus, Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../infra/db.ts';

export type QueueFilter = {
  status: FilingStatus;
  province?: string | undefined;
  nature?: Prisma.FilingWhereInput['nature'];
  type?: Prisma.FilingWhereInput['type'];
  overdue?: boolean | undefined;
  now: Date;
};

const claimant = { select: { id: true, displayName: true } } as const;

export const queueRowSelect = {
  id: true,
  orderNo: true,
  version: true,
  province: true,
  nature: true,
  type: true,
  status: true,
  submittedAt: true,
  slaDueAt: true,
  claimExpiresAt: true,
  claimedBy: claimant,
} as const satisfies Prisma.FilingSelect;

export type QueueRow = Prisma.FilingGetPayload<{ select: typeof queueRowSelect }>;

function where(f: QueueFilter): Prisma.FilingWhereInput {
  const due =
    f.overdue === undefined ? undefined : f.overdue ? { slaDueAt: { lt: f.now } } : { slaDueAt: { gte: f.now } };
  return { status: f.status, province: f.province, nature: f.nature, type: f.type, ...due };
}

export function createReviewQueueRepository(db: Db) {
  return {
    // The earliest due time first puts the overdue filings on top; the id breaks ties so pages are stable.
    page: (f: QueueFilter, limit: number, cursor: string | undefined) =>
      db.filing.findMany({
        where: where(f),
        orderBy: [{ slaDueAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        take: limit + 1,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: queueRowSelect,
      }),
    findRow: (id: string) => db.filing.findUnique({ where: { id }, select: queueRowSelect }),
  };
}

export type ReviewQueueRepository = ReturnType<typeof createReviewQueueRepository>;
