// The reviewer workbench: queue depth per review stage and how many filings are past their SLA.
import type { Clock } from '../../lib/clock.ts';
import type { ReviewRepository } from './review.repository.ts';

export function createReviewService(deps: { repo: ReviewRepository; clock: Clock }) {
  return {
    async dashboard() {
      const stages = ['INITIAL_REVIEW', 'SECOND_REVIEW'] as const;
      const [counts, overdue] = await Promise.all([
        deps.repo.countByStatus([...stages]),
        deps.repo.countOverdue([...stages], deps.clock.now()),
      ]);
      const depth = (s: (typeof stages)[number]) => counts.find((c) => c.status === s)?._count._all ?? 0;
      return { queues: { initial: depth('INITIAL_REVIEW'), second: depth('SECOND_REVIEW') }, overdue };
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
