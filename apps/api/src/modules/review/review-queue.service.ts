// The reviewer queues: a page sorted by due time with counts per filter, and the review lease (claim-next, renew,
// release, and an admin's reassignment, which is audit-logged).
import type { ClaimNextBody, ClaimResult, ReviewLease, ReviewQueue, ReviewStage } from '@beian/contracts';
import type { Db } from '../../infra/db.ts';
import { AppError, ConflictError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { StaffAccess } from '../filings/staff-access.ts';
import type { ReviewClaimsRepository } from './review-claims.repository.ts';
import type { PageWithCounts, QueueFilter, ReviewQueueRepository } from './review-queue.repository.ts';
import { leaseEnd, REVIEW_STATUSES, stageStatus, toQueueItem } from './review-queue.view.ts';
import { summarizeCounts } from './review-queue-counts.ts';
import { createQueuePages, QUEUE_PAGES } from './review-queue-pages.ts';

type Deps = {
  db: Db;
  queue: ReviewQueueRepository;
  claims: ReviewClaimsRepository;
  audit: AuditRepository;
  staff: StaffAccess;
  clock: Clock;
};
type Reviewer = { id: string; displayName: string };
type QueueQuery = Omit<QueueFilter, 'status' | 'now'> & { stage: ReviewStage; limit: number; cursor?: string };

const notHeld = (orderNo: string) =>
  new ConflictError(
    'LEASE_NOT_HELD',
    `You do not hold the claim on filing ${orderNo}: it lapsed or another reviewer has it.`,
  );

const notInReview = (orderNo: string, status: string) =>
  new AppError('ILLEGAL_TRANSITION', 409, `Filing ${orderNo} is ${status}: it is not in a review queue.`);

/** A queue page's answer: its first `limit` rows as items (flags as of `f.now`), the next cursor and the counts. */
function answerOf({ rows, counts }: PageWithCounts, f: QueueFilter, limit: number): ReviewQueue {
  const at = f.now.toISOString();
  const items = rows.slice(0, limit).map((row) => toQueueItem(row, at));
  return {
    items,
    nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null,
    counts: summarizeCounts(counts, f.province),
  };
}

export function createReviewQueueService({ db, queue, claims, audit, staff, clock }: Deps) {
  const pages = createQueuePages(queue, QUEUE_PAGES, answerOf);

  async function rowOf(id: string) {
    const row = await queue.findRow(id);
    if (!row || !(await staff.mayView(row))) throw new NotFoundError(`Filing ${id}`);
    return row;
  }

  return {
    async queue({ stage, limit, cursor, ...filters }: QueueQuery): Promise<ReviewQueue> {
      // The counts leave out the overdue filter (they say how many are overdue); the page follows every filter.
      return pages.answer({ ...filters, status: stageStatus[stage], now: clock.now() }, limit, cursor);
    },

    async claimNext({ stage, ...filters }: ClaimNextBody, reviewer: Reviewer): Promise<ClaimResult> {
      const now = clock.now();
      const id = await claims.claimNext({
        status: stageStatus[stage],
        reviewerId: reviewer.id,
        now,
        expiresAt: leaseEnd(now),
        filters,
      });
      return { filing: id ? toQueueItem(await rowOf(id), now.toISOString()) : null };
    },

    /**
     * Claims the filing a reviewer opened from the queue, under claim-next's rules: free or lapsed (or already the
     * reviewer's) only, for the same 30 minutes. A filing someone else holds is refused, never taken over; that is
     * an admin's reassignment.
     */
    async claim(id: string, reviewer: Reviewer): Promise<ReviewLease> {
      const row = await rowOf(id);
      const now = clock.now();
      const expiresAt = leaseEnd(now);
      if (!(REVIEW_STATUSES as string[]).includes(row.status)) throw notInReview(row.orderNo, row.status);
      if (!(await claims.claimOne({ id, statuses: REVIEW_STATUSES, reviewerId: reviewer.id, now, expiresAt }))) {
        const current = await rowOf(id);
        if (!(REVIEW_STATUSES as string[]).includes(current.status)) throw notInReview(current.orderNo, current.status);
        throw new ConflictError(
          'CLAIMED_BY_ANOTHER',
          `Filing ${row.orderNo} is claimed by another reviewer until their claim lapses or is given back.`,
        );
      }
      return {
        filingId: id,
        claimedBy: { id: reviewer.id, displayName: reviewer.displayName },
        expiresAt: expiresAt.toISOString(),
      };
    },

    async renew(id: string, reviewer: Reviewer): Promise<ReviewLease> {
      const now = clock.now();
      const expiresAt = leaseEnd(now);
      const row = await rowOf(id);
      if (!(await claims.renew({ id, reviewerId: reviewer.id, now, expiresAt }))) throw notHeld(row.orderNo);
      return {
        filingId: id,
        claimedBy: { id: reviewer.id, displayName: reviewer.displayName },
        expiresAt: expiresAt.toISOString(),
      };
    },

    async release(id: string, reviewer: Reviewer): Promise<void> {
      const row = await rowOf(id);
      if (!(await claims.release({ id, reviewerId: reviewer.id }))) throw notHeld(row.orderNo);
    },

    async assign(input: { id: string; reviewerId: string; admin: Reviewer; requestId: string }): Promise<ReviewLease> {
      const row = await rowOf(input.id);
      const target = await db.account.findUnique({ where: { id: input.reviewerId } });
      if (!target?.active || (target.role !== 'REVIEWER' && target.role !== 'ADMIN')) {
        throw new NotFoundError(`Reviewer ${input.reviewerId}`);
      }
      const now = clock.now();
      const expiresAt = leaseEnd(now);
      await db.$transaction(async (tx) => {
        const moved = await claims.assign(
          { id: input.id, statuses: REVIEW_STATUSES, reviewerId: target.id, expiresAt },
          tx,
        );
        if (!moved) throw notInReview(row.orderNo, row.status);
        await audit.append(
          {
            actorId: input.admin.id,
            action: 'review.assign',
            targetType: 'filing',
            targetId: input.id,
            filingId: input.id,
            // Names as the admin saw them; the ids stay in detail. No holder (a lapsed claim) has no before side.
            ...(row.claimedBy ? { before: { reviewer: row.claimedBy.displayName } } : {}),
            after: { reviewer: target.displayName },
            detail: { orderNo: row.orderNo, from: row.claimedBy?.id ?? null, to: target.id },
            requestId: input.requestId,
            at: now,
          },
          tx,
        );
      });
      return {
        filingId: input.id,
        claimedBy: { id: target.id, displayName: target.displayName },
        expiresAt: expiresAt.toISOString(),
      };
    },
  };
}

export type ReviewQueueService = ReturnType<typeof createReviewQueueService>;
