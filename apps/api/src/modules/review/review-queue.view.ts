// A queue row as the reviewer console shows it: a claim counts only while its lease is live.
import type { ReviewQueueItem, ReviewStage } from '@beian/contracts';
import type { FilingStatus } from '../../generated/prisma/client.ts';
import type { QueueRow } from './review-queue.repository.ts';

/** How long a claim holds without renewal; the console renews it while the review page is open. */
export const LEASE_MINUTES = 30;

export const stageStatus: Record<ReviewStage, FilingStatus> = {
  INITIAL: 'INITIAL_REVIEW',
  SECOND: 'SECOND_REVIEW',
};

export const leaseEnd = (now: Date) => new Date(now.getTime() + LEASE_MINUTES * 60_000);

export function toQueueItem(row: QueueRow, now: Date): ReviewQueueItem {
  const live = row.claimExpiresAt !== null && row.claimExpiresAt.getTime() > now.getTime();
  return {
    id: row.id,
    orderNo: row.orderNo,
    version: row.version,
    province: row.province,
    nature: row.nature,
    type: row.type,
    status: row.status,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    slaDueAt: row.slaDueAt?.toISOString() ?? null,
    overdue: row.slaDueAt !== null && row.slaDueAt.getTime() < now.getTime(),
    claimedBy: live && row.claimedBy ? row.claimedBy : null,
    claimExpiresAt: live && row.claimExpiresAt ? row.claimExpiresAt.toISOString() : null,
  };
}
