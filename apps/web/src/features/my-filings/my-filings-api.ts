// The account's filings for the list. The key is the one the wizard refreshes after every save, verify and abandon.
import { FilingListSchema } from '@beian/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client.ts';

export const myFilingsKey = ['filings', 'list'] as const;

export function useMyFilings() {
  return useQuery({
    queryKey: myFilingsKey,
    queryFn: async ({ signal }) => (await apiClient.get('/api/filings', { schema: FilingListSchema, signal })).filings,
  });
}
