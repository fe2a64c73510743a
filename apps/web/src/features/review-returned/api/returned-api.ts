// The filings whose MIIT SMS check failed (oldest failure first) as react-query state, and the resubmission to the
// bureau: a resubmitted filing leaves the list at once and the dashboard's figures are read again.
import { type ReturnedFiling, ReturnedFilingListSchema, ReviewDecisionSchema } from '@beian/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';
import { reviewDashboardQueryKey } from '../../review-workbench/api/use-review-dashboard.ts';

export const returnedFilingsKey = ['review', 'returned'] as const;

export const useReturnedFilings = () =>
  useQuery({
    queryKey: returnedFilingsKey,
    queryFn: ({ signal }) => apiClient.get('/api/review/returned', { schema: ReturnedFilingListSchema, signal }),
  });

/** Sends the row's version: a filing changed since the list was read is refused (409), never resubmitted twice. */
export function useResubmitToBureau() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ filing, reason }: { filing: ReturnedFiling; reason: string }) =>
      apiClient.post(`/api/review/filings/${filing.id}/resubmit-to-bureau`, {
        body: { version: filing.version, reason },
        schema: ReviewDecisionSchema,
      }),
    onSuccess: (_decision, { filing }) => {
      queryClient.setQueryData(returnedFilingsKey, (list: { filings: ReturnedFiling[] } | undefined) =>
        list ? { filings: list.filings.filter((row) => row.id !== filing.id) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: reviewDashboardQueryKey });
    },
  });
}
