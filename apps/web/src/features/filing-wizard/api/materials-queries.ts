// The materials list as one cache entry per filing, refreshed after every upload and delete; and where a submission's
// answer is kept, so the review page can show the due time after it re-renders.
import type { SubmitResponse } from '@beian/contracts';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { filingKeys } from './filing-queries.ts';
import { getMaterials } from './materials-api.ts';

export const materialKeys = {
  list: (id: string) => [...filingKeys.detail(id), 'materials'] as const,
  submitted: (id: string) => [...filingKeys.detail(id), 'submitted'] as const,
};

export function useMaterials(id: string) {
  return useQuery({ queryKey: materialKeys.list(id), queryFn: ({ signal }) => getMaterials(id, signal) });
}

/** The answer of POST /submit, which alone carries the initial review's due time. */
export function useSubmitted(queryClient: QueryClient, id: string): SubmitResponse | undefined {
  return queryClient.getQueryData<SubmitResponse>(materialKeys.submitted(id));
}
