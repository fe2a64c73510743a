// The curtain mail-out's calls: the account's request (one per account, whichever filing it was for) and sending it.
import {
  AccountCurtainRequestSchema,
  type CurtainRequest,
  type CurtainRequestInput,
  CurtainRequestSchema,
} from '@beian/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../../../lib/api-client.ts';

export const curtainRequestKey = ['curtain-request'] as const;

export const getCurtainRequest = (signal?: AbortSignal) =>
  apiClient.get('/api/curtain-request', { schema: AccountCurtainRequestSchema, signal });

export function useCurtainRequest() {
  return useQuery({ queryKey: curtainRequestKey, queryFn: ({ signal }) => getCurtainRequest(signal) });
}

export function useRequestCurtain(filingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CurtainRequestInput) =>
      apiClient.post(`/api/filings/${encodeURIComponent(filingId)}/curtain-request`, {
        body: input,
        schema: CurtainRequestSchema,
      }),
    // The request used any grant there was: a further one needs a new grant.
    onSuccess: (request: CurtainRequest) =>
      queryClient.setQueryData(curtainRequestKey, { request, furtherRequestGranted: false }),
  });
}
