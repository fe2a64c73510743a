// A queue row as the reviewer console shows it: a claim counts only while its lease is live.
import type { ReviewQueueItem, ReviewStage } from '@beian/contracts';
import type { FilingStatus } from '../../generated/prisma/client.ts';
import type { QueueRow } from './review-queue.repository.ts';

/** How long a claim holds without renewal; the console renews it while the review page is open. */
export const LEASE_MINUTES = 30;

export const stageStatus = {
  INITIAL: 'INITIAL_REVIEW',
  SECOND: 'SECOND_REVIEW',
} as const satisfies Record<ReviewStage, FilingStatus>;

/** The statuses a filing waits in for a reviewer, one per stage. */
export const REVIEW_STATUSES = Object.values(stageStatus);
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const leaseEnd = (now: Date) => new Date(now.getTime() + LEASE_MINUTES * 60_000);

/**
 * The row as the queue shows it at `at`, the clock's `toISOString()`: the row's timestamps are ISO 8601 strings in UTC
 * of the same form, so they compare in time order as strings.
 */
export function toQueueItem(row: QueueRow, at: string): ReviewQueueItem {
  const live = row.claimExpiresAt !== null && row.claimExpiresAt > at;
  return {
    id: row.id,
    orderNo: row.orderNo,
    version: row.version,
    province: row.province,
    nature: row.nature,
    type: row.type,
    status: row.status,
    submittedAt: row.submittedAt,
    slaDueAt: row.slaDueAt,
    overdue: row.slaDueAt !== null && row.slaDueAt < at,
    claimedBy: live ? row.claimedBy : null,
    claimExpiresAt: live ? row.claimExpiresAt : null,
  };
}
