// What the reassignment page reads: the initial review queue (the reviewers' own endpoint, which admins may read)
// and the reviewers with the claims each holds now.
import { ReviewerListSchema, ReviewQueueSchema } from '@beian/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';

/** The API's largest page: an admin rebalancing work wants every waiting filing, not the first screenful. */
export const QUEUE_LIMIT = 100;
const REFRESH_MS = 15_000;

export const assignmentKeys = {
  all: ['admin', 'review-assignments'] as const,
  queue: ['admin', 'review-assignments', 'queue'] as const,
  reviewers: ['admin', 'review-assignments', 'reviewers'] as const,
};

// Both refresh while the page is visible: leases lapse and reviewers claim filings without this page knowing.
export const useInitialQueue = () =>
  useQuery({
    queryKey: assignmentKeys.queue,
    queryFn: ({ signal }) =>
      apiClient.get(`/api/review/queue?stage=INITIAL&limit=${QUEUE_LIMIT}`, { schema: ReviewQueueSchema, signal }),
    refetchInterval: REFRESH_MS,
  });

export const useReviewers = () =>
  useQuery({
    queryKey: assignmentKeys.reviewers,
    queryFn: ({ signal }) => apiClient.get('/api/review/reviewers', { schema: ReviewerListSchema, signal }),
    refetchInterval: REFRESH_MS,
  });
