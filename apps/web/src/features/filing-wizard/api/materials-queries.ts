// The materials list as one cache entry per filing, refreshed after every upload and delete; and the key under which
// a submission's answer is kept (see useSubmission), so the review page can show the due time after it re-renders.
import { useQuery } from '@tanstack/react-query';
import { filingKeys } from './filing-queries.ts';
import { getMaterials } from './materials-api.ts';

export const materialKeys = {
  list: (id: string) => [...filingKeys.detail(id), 'materials'] as const,
  submitted: (id: string) => [...filingKeys.detail(id), 'submitted'] as const,
};

/** `enabled` false waits (e.g. until the frame knows the filing can still change). */
export function useMaterials(id: string, enabled = true) {
  return useQuery({ queryKey: materialKeys.list(id), queryFn: ({ signal }) => getMaterials(id, signal), enabled });
}
