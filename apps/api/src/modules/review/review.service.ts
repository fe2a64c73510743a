// The reviewer workbench: queue depth per review stage, how many filings are past their SLA, and who decided how
// many filings today (Beijing time, the day reviewers work in whatever the server's zone).
import type { ReviewDashboard } from '@beian/contracts';
import { calendarCoverage, type FilingState as FilingStatus, shanghaiDay, startOfShanghaiDay } from '@beian/domain';
import type { Clock } from '../../lib/clock.ts';
import type { CalendarSource } from '../calendar/calendar-source.ts';
import type { ReviewRepository } from './review.repository.ts';
import { REVIEW_STATUSES, stageStatus } from './review-queue.view.ts';

/** The bureau stage's states the workbench counts. */
const BUREAU_STATUSES = ['BUREAU_SMS', 'SMS_FAILED', 'BUREAU_REVIEW'] as const satisfies readonly FilingStatus[];

type DecisionCount = ReviewDashboard['decisionsToday']['byReviewer'][number];

export function createReviewService(deps: {
  repo: ReviewRepository;
  calendar: Pick<CalendarSource, 'current'>;
  clock: Clock;
}) {
  async function decisionsToday(now: Date): Promise<ReviewDashboard['decisionsToday']> {
    const day = shanghaiDay(now);
    const counts = await deps.repo.countDecisionsSince(startOfShanghaiDay(day));
    const ids = [...new Set(counts.map((c) => c.actorId))];
    const names = new Map((ids.length ? await deps.repo.displayNames(ids) : []).map((a) => [a.id, a.displayName]));

    const byId = new Map<string, DecisionCount>();
    for (const { actorId, event, count } of counts) {
      const row = byId.get(actorId) ?? {
        reviewer: { id: actorId, displayName: names.get(actorId) ?? '' },
        approved: 0,
        rejected: 0,
      };
      if (event === 'approve') row.approved += count;
      else row.rejected += count;
      byId.set(actorId, row);
    }
    const decided = (r: DecisionCount) => r.approved + r.rejected;
    const byReviewer = [...byId.values()].sort(
      (a, b) =>
        decided(b) - decided(a) ||
        a.reviewer.displayName.localeCompare(b.reviewer.displayName, 'zh-CN') ||
        a.reviewer.id.localeCompare(b.reviewer.id),
    );
    return { day, total: byReviewer.reduce((sum, r) => sum + decided(r), 0), byReviewer };
  }

  return {
    async dashboard(): Promise<ReviewDashboard> {
      const now = deps.clock.now();
      const [counts, overdue, bureauOverdue, decisions, calendar] = await Promise.all([
        deps.repo.countByStatus([...REVIEW_STATUSES, ...BUREAU_STATUSES]),
        deps.repo.countOverdue(REVIEW_STATUSES, now),
        // The SMS check's 24 hours and the bureau's working days are the filing's due time in those states.
        deps.repo.countOverdue(['BUREAU_SMS', 'BUREAU_REVIEW'], now),
        decisionsToday(now),
        deps.calendar.current(),
      ]);
      const { currentYear, nextYear, coveredThrough, warn } = calendarCoverage(calendar, now);
      const depth = (s: FilingStatus) => counts.find((c) => c.status === s)?._count._all ?? 0;
      return {
        queues: { initial: depth(stageStatus.INITIAL), second: depth(stageStatus.SECOND) },
        overdue,
        bureau: {
          sms: depth('BUREAU_SMS'),
          smsFailed: depth('SMS_FAILED'),
          review: depth('BUREAU_REVIEW'),
          overdue: bureauOverdue,
        },
        decisionsToday: decisions,
        calendar: { currentYear, nextYear, coveredThrough, warn },
      };
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
