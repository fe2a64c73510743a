// The three simulator lists as react-query state. The outbox and the bureau refresh themselves while the page is
// visible, so the code an applicant is waiting for, or a finished SMS check, shows up without a click.
import type { BureauSubmissionList, BureauSubmissionView } from '@beian/contracts';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { getBureauSubmissions, getShipments, getSmsOutbox } from './simulator-api.ts';

export const AUTO_REFRESH_MS = 5_000;

export const simulatorKeys = {
  sms: ['admin', 'simulator', 'sms-outbox'] as const,
  bureau: ['admin', 'simulator', 'bureau-submissions'] as const,
  shipments: ['admin', 'simulator', 'shipments'] as const,
};

// refetchIntervalInBackground stays off: a hidden tab does not poll.
export const useSmsOutbox = () =>
  useQuery({
    queryKey: simulatorKeys.sms,
    queryFn: ({ signal }) => getSmsOutbox(signal),
    refetchInterval: AUTO_REFRESH_MS,
  });

export const useBureauSubmissions = () =>
  useQuery({
    queryKey: simulatorKeys.bureau,
    queryFn: ({ signal }) => getBureauSubmissions(signal),
    refetchInterval: AUTO_REFRESH_MS,
  });

export const useShipments = () =>
  useQuery({ queryKey: simulatorKeys.shipments, queryFn: ({ signal }) => getShipments(signal) });

/** A decision's answer is the submission as it now is: it replaces its row without waiting for the next poll. */
export function storeSubmission(queryClient: QueryClient, submission: BureauSubmissionView): void {
  queryClient.setQueryData<BureauSubmissionList>(simulatorKeys.bureau, (current) =>
    current
      ? { submissions: current.submissions.map((row) => (row.id === submission.id ? submission : row)) }
      : current,
  );
}
