// While a phone link is live, the console asks every few seconds whether the photo came in; once the filing has left
// the photo states, the wizard's filing is read again and the whole page follows (the second review).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { filingKeys } from '../../../api/filing-queries.ts';
import { getPhotoStep } from '../photo-api.ts';
import { isPhotoDue } from '../photo-states.ts';

export const PHOTO_POLL_MS = 3_000;

export function usePhotoArrival(filingId: string, watching: boolean) {
  const queryClient = useQueryClient();
  const watch = useQuery({
    // Outside the filing's keys: refreshing the filing must not restart this poll.
    queryKey: ['app-check', filingId, 'photo-arrival'],
    queryFn: ({ signal }) => getPhotoStep(filingId, signal),
    enabled: watching,
    refetchInterval: watching ? PHOTO_POLL_MS : false,
    gcTime: 0,
  });
  const arrived = watch.data !== undefined && !isPhotoDue(watch.data.status);
  useEffect(() => {
    if (arrived) void queryClient.invalidateQueries({ queryKey: filingKeys.detail(filingId) });
  }, [arrived, filingId, queryClient]);
}
