// The reviewer figures (queue depth per review stage, overdue count) as react-query state.
import { ReviewDashboardSchema } from '@beian/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';

export const reviewDashboardQueryKey = ['review', 'dashboard'] as const;

export function useReviewDashboard() {
  return useQuery({
    queryKey: reviewDashboardQueryKey,
    queryFn: ({ signal }) => apiClient.get('/api/review/dashboard', { schema: ReviewDashboardSchema, signal }),
  });
}
