// Query keys and hooks for the wizard: one cache entry per filing, which every step reads and every save replaces.
import type { FilingDetail } from '@beian/contracts';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { throwWrongAddress } from '../../../lib/wrong-address.ts';
import { getDetectedWebsites, getFiling, listResources } from './filings-api.ts';

export const filingKeys = {
  all: ['filings'] as const,
  /** "My filings" reads this key; the wizard refreshes it after each change. */
  list: () => ['filings', 'list'] as const,
  detail: (id: string) => ['filings', 'detail', id] as const,
  detected: (id: string) => ['filings', 'detail', id, 'detected-websites'] as const,
  resources: () => ['resources'] as const,
};

export function useFiling(id: string) {
  return useQuery({
    queryKey: filingKeys.detail(id),
    queryFn: ({ signal }) => getFiling(id, signal),
    // The filing is what the wizard's address names: one the API does not know is the not-found page.
    throwOnError: throwWrongAddress,
  });
}

export function useResources() {
  return useQuery({
    queryKey: filingKeys.resources(),
    queryFn: ({ signal }) => listResources(signal),
    staleTime: 60_000,
  });
}

export function useDetectedWebsites(id: string) {
  return useQuery({
    queryKey: filingKeys.detected(id),
    queryFn: ({ signal }) => getDetectedWebsites(id, signal),
    // The registry changes rarely; refetching it while the applicant works would only move things around.
    staleTime: 5 * 60_000,
  });
}

/** A save's answer is the filing as it now is: it replaces the cache so the next save sends the new version. */
export function storeFiling(queryClient: QueryClient, filing: FilingDetail): void {
  queryClient.setQueryData(filingKeys.detail(filing.id), filing);
  void queryClient.invalidateQueries({ queryKey: filingKeys.list() });
}

/** The version the server last told us about; saves send it so a stale tab is refused rather than overwriting. */
export function currentVersion(queryClient: QueryClient, id: string): number | undefined {
  return queryClient.getQueryData<FilingDetail>(filingKeys.detail(id))?.version;
}
