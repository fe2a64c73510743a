// The reviewers an admin may hand a filing in review to, each with the claims it holds now, so the admin can
// see who is free before reassigning.
import { REVIEWING_ROLES, type ReviewerList } from '@beian/contracts';
import type { Db } from '../../infra/db.ts';
import type { Clock } from '../../lib/clock.ts';
import { REVIEW_STATUSES } from './review-queue.view.ts';

export function createReviewersService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    async list(): Promise<ReviewerList> {
      const now = clock.now();
      const [accounts, claims] = await Promise.all([
        db.account.findMany({
          where: { active: true, role: { in: [...REVIEWING_ROLES] } },
          select: { id: true, displayName: true, email: true, role: true },
        }),
        // A lapsed lease frees itself without a write, so "live" is decided here against the clock; a lease left
        // on a filing that has since left review is not work anyone is doing.
        db.filing.groupBy({
          by: ['claimedById'],
          where: { claimedById: { not: null }, claimExpiresAt: { gt: now }, status: { in: REVIEW_STATUSES } },
          _count: { _all: true },
        }),
      ]);
      const held = new Map(claims.map((c) => [c.claimedById, c._count._all]));
      const reviewers = accounts
        .map((a) => ({
          id: a.id,
          displayName: a.displayName,
          email: a.email,
          role: a.role === 'ADMIN' ? ('ADMIN' as const) : ('REVIEWER' as const),
          activeClaims: held.get(a.id) ?? 0,
        }))
        // Sorted here rather than in SQL so Chinese names follow pinyin order whatever the database collation.
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN') || a.id.localeCompare(b.id));
      return { reviewers };
    },
  };
}

export type ReviewersService = ReturnType<typeof createReviewersService>;
