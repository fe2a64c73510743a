// The mainland's cities and districts for the address pickers: a large table, so it is fetched only when the
// curtain form is shown, and kept for the session.
import { useQuery } from '@tanstack/react-query';

export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: () => import('@beian/domain/regions'),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

export type Regions = typeof import('@beian/domain/regions');
