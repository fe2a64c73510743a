// The progress step's queries, keyed under the filing and its version so a status change read by the wizard reads
// them again. The SMS check is read again every 15 seconds while MIIT waits for the verifiers.
import type { FilingDetail } from '@beian/contracts';
import { useQuery } from '@tanstack/react-query';
import { filingKeys } from '../../api/filing-queries.ts';
import { getBureauCheck, getFiledView, getProgress } from './progress-api.ts';

export const BUREAU_REFRESH_MS = 15_000;
const BUREAU_STATES: readonly string[] = ['BUREAU_SMS', 'SMS_FAILED', 'BUREAU_REVIEW', 'BUREAU_REJECTED'];

export const progressKey = (id: string, version: number) => [...filingKeys.detail(id), 'progress', version] as const;
export const bureauKey = (id: string) => [...filingKeys.detail(id), 'bureau'] as const;

export function useProgress(filing: Pick<FilingDetail, 'id' | 'version'>) {
  return useQuery({
    queryKey: progressKey(filing.id, filing.version),
    queryFn: ({ signal }) => getProgress(filing.id, signal),
  });
}

export function useBureauCheck(filing: Pick<FilingDetail, 'id' | 'status'>) {
  return useQuery({
    queryKey: bureauKey(filing.id),
    queryFn: ({ signal }) => getBureauCheck(filing.id, signal),
    enabled: BUREAU_STATES.includes(filing.status),
    refetchInterval: (query) => {
      const status = query.state.data?.check?.status;
      return filing.status === 'BUREAU_SMS' && (status === undefined || status === 'PENDING' || status === 'SUBMITTED')
        ? BUREAU_REFRESH_MS
        : false;
    },
  });
}

export function useFiledView(filing: Pick<FilingDetail, 'id' | 'status'>) {
  return useQuery({
    queryKey: [...filingKeys.detail(filing.id), 'filed'],
    queryFn: ({ signal }) => getFiledView(filing.id, signal),
    enabled: filing.status === 'COMPLETED',
  });
}
