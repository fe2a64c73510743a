// The reviewer's decision on a claimed filing (approve, or reject with reasons) and the catalogue of reasons.
import { type RejectionReason, ReviewDecisionSchema, ReviewReasonCatalogueSchema } from '@beian/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';

export type Decision = { kind: 'approve' } | { kind: 'reject'; reasons: RejectionReason[] };

export const useReasonCatalogue = () =>
  useQuery({
    queryKey: ['review', 'reasons'],
    queryFn: ({ signal }) => apiClient.get('/api/review/reasons', { schema: ReviewReasonCatalogueSchema, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** `version` is the one the reviewer looked at: a filing changed since then is refused (409), never overwritten. */
export const useDecision = (filingId: string, version: number) =>
  useMutation({
    mutationFn: (decision: Decision) =>
      decision.kind === 'approve'
        ? apiClient.post(`/api/review/filings/${filingId}/approve`, {
            body: { version },
            schema: ReviewDecisionSchema,
          })
        : apiClient.post(`/api/review/filings/${filingId}/reject`, {
            body: { version, reasons: decision.reasons },
            schema: ReviewDecisionSchema,
          }),
  });
