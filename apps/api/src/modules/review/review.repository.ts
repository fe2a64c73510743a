// Prisma access for the reviewer workbench's aggregate figures.

import { REVIEWING_ROLES } from '@beian/contracts';
import type { FilingState as FilingStatus } from '@beian/domain';
import type { Db } from '../../infra/db.ts';

/** The events that are a reviewer's decision; resubmitting to the bureau or the bureau's own verdict are not. */
export const DECISION_EVENTS = ['approve', 'reject'] as const;
export type DecisionEvent = (typeof DECISION_EVENTS)[number];

export function createReviewRepository(db: Db) {
  return {
    countByStatus: (statuses: readonly FilingStatus[]) =>
      db.filing.groupBy({ by: ['status'], where: { status: { in: [...statuses] } }, _count: { _all: true } }),
    countOverdue: (statuses: readonly FilingStatus[], now: Date) =>
      db.filing.count({ where: { status: { in: [...statuses] }, slaDueAt: { lt: now } } }),
    /** Approvals and rejections since `since`, counted per deciding account and event; an admin may decide too. */
    async countDecisionsSince(since: Date) {
      const groups = await db.filingEvent.groupBy({
        by: ['actorId', 'event'],
        where: {
          event: { in: [...DECISION_EVENTS] },
          actorRole: { in: [...REVIEWING_ROLES] },
          actorId: { not: null },
          at: { gte: since },
        },
        _count: { _all: true },
      });
      return groups.flatMap(({ actorId, event, _count }) =>
        actorId ? [{ actorId, event: event as DecisionEvent, count: _count._all }] : [],
      );
    },
    displayNames: (ids: string[]) =>
      db.account.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } }),
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
