// The claimed filing as the reviewer sees it: the detail, the registry and domain records, materials and rules.
import { ReviewFilingDetailSchema } from '@beian/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';
import { throwWrongAddress } from '../../../lib/wrong-address.ts';

export const reviewFilingKey = (id: string) => ['review', 'filing', id] as const;

export const useReviewFiling = (id: string) =>
  useQuery({
    queryKey: reviewFilingKey(id),
    queryFn: ({ signal }) => apiClient.get(`/api/review/filings/${id}`, { schema: ReviewFilingDetailSchema, signal }),
    // The filing is what the review page's address names: one the API does not know is the not-found page.
    throwOnError: throwWrongAddress,
  });
