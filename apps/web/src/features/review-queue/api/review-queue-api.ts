// A review queue (initial or second) as react-query state, polled while visible, and claim-next as a mutation.
import { ClaimResultSchema, ReviewQueueSchema, type ReviewStage } from '@beian/contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';
import { claimFilters, type QueueFilters, queuePath } from '../queue-address.ts';

export const QUEUE_REFRESH_MS = 15_000;

/** Both queues; a claim that found nothing refreshes whichever is on screen. */
export const reviewQueueKey = ['review', 'queue'] as const;

// refetchIntervalInBackground stays off: a hidden tab does not poll.
export const useReviewQueue = (filters: QueueFilters, stage: ReviewStage = 'INITIAL') =>
  useQuery({
    queryKey: [...reviewQueueKey, stage, filters],
    queryFn: ({ signal }) => apiClient.get(queuePath(filters, stage), { schema: ReviewQueueSchema, signal }),
    refetchInterval: QUEUE_REFRESH_MS,
    placeholderData: keepPreviousData,
  });

/** Claims within the queue's current filters, so a reviewer working one province keeps to it. */
export const useClaimNext = (filters: QueueFilters, stage: ReviewStage = 'INITIAL') =>
  useMutation({
    mutationFn: () =>
      apiClient.post('/api/review/claim-next', {
        body: { stage, ...claimFilters(filters) },
        schema: ClaimResultSchema,
      }),
  });
