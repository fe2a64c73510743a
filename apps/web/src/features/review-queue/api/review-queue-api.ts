// The initial review queue as react-query state, polled while visible, and claim-next as a mutation.
import { ClaimResultSchema, ReviewQueueSchema } from '@beian/contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';
import { claimFilters, type QueueFilters, queuePath } from '../queue-address.ts';

export const QUEUE_REFRESH_MS = 15_000;

export const reviewQueueKey = ['review', 'queue', 'INITIAL'] as const;

// refetchIntervalInBackground stays off: a hidden tab does not poll.
export const useReviewQueue = (filters: QueueFilters) =>
  useQuery({
    queryKey: [...reviewQueueKey, filters],
    queryFn: ({ signal }) => apiClient.get(queuePath(filters), { schema: ReviewQueueSchema, signal }),
    refetchInterval: QUEUE_REFRESH_MS,
    placeholderData: keepPreviousData,
  });

/** Claims within the queue's current filters, so a reviewer working one province keeps to it. */
export const useClaimNext = (filters: QueueFilters) =>
  useMutation({
    mutationFn: () =>
      apiClient.post('/api/review/claim-next', {
        body: { stage: 'INITIAL', ...claimFilters(filters) },
        schema: ClaimResultSchema,
      }),
  });
