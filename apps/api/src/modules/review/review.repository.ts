// Prisma access for the reviewer workbench's aggregate figures.
import type { Db } from '../../infra/db.ts';

export function createReviewRepository(db: Db) {
  return {
    countByStatus: (statuses: ('INITIAL_REVIEW' | 'SECOND_REVIEW')[]) =>
      db.filing.groupBy({ by: ['status'], where: { status: { in: statuses } }, _count: { _all: true } }),
    countOverdue: (statuses: ('INITIAL_REVIEW' | 'SECOND_REVIEW')[], now: Date) =>
      db.filing.count({ where: { status: { in: statuses }, slaDueAt: { lt: now } } }),
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
