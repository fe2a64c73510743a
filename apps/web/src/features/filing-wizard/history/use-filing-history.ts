// The history of the filing the wizard holds. Keyed under the filing and by its version, so every change the
// wizard stores (a withdrawal, a resubmission, a review seen on reload) reads the history again.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { filingKeys } from '../api/filing-queries.ts';
import { getFiling } from '../api/filings-api.ts';
import { getFilingHistory } from './history-api.ts';

export const historyKey = (id: string, version: number | undefined) =>
  [...filingKeys.detail(id), 'history', version] as const;

export function useFilingHistory(filingId: string) {
  // The wizard has the filing already: read it from the cache rather than asking again on every mount.
  const filing = useQuery({
    queryKey: filingKeys.detail(filingId),
    queryFn: ({ signal }) => getFiling(filingId, signal),
    refetchOnMount: false,
  });
  const version = filing.data?.version;
  const history = useQuery({
    queryKey: historyKey(filingId, version),
    queryFn: ({ signal }) => getFilingHistory(filingId, signal),
    enabled: version !== undefined,
    // The previous rounds stay on screen while a new version's are read.
    placeholderData: keepPreviousData,
  });
  return { filing: filing.data, history };
}
