// Claims the filing a reviewer is reading (opened from the queue): refused (409) while another reviewer holds it.
import { ReviewLeaseSchema } from '@beian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';
import { reviewFilingKey } from './review-filing-api.ts';

export const useClaimFiling = (filingId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.post(`/api/review/filings/${filingId}/claim`, { schema: ReviewLeaseSchema }),
    // The page turns from reading to reviewing once the detail shows the claim as the reviewer's; a refusal may
    // mean someone else claimed it meanwhile, which the reloaded detail shows too.
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewFilingKey(filingId) }),
  });
};
