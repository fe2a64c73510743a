// Reassigning a filing, with what came of the last attempt kept as a notice (worded at render time, so a language
// switch rewords it). Either way the queue and the counts are read again: both may have moved meanwhile.
import { ReviewLeaseSchema } from '@beian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiClient } from '../../../lib/api-client.ts';
import { assignmentKeys } from './review-assignments-api.ts';

export type Reassignment = { filingId: string; orderNo: string; reviewerId: string };

export type ReassignNotice =
  | { kind: 'done'; orderNo: string; name: string; expiresAt: string }
  | { kind: 'failed'; orderNo: string; error: unknown };

export function useReassign() {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<ReassignNotice | null>(null);
  const mutation = useMutation({
    mutationFn: ({ filingId, reviewerId }: Reassignment) =>
      apiClient.post(`/api/review/filings/${filingId}/assign`, { body: { reviewerId }, schema: ReviewLeaseSchema }),
    onMutate: () => setNotice(null),
    onSuccess: (lease, { orderNo }) =>
      setNotice({ kind: 'done', orderNo, name: lease.claimedBy.displayName, expiresAt: lease.expiresAt }),
    onError: (error, { orderNo }) => setNotice({ kind: 'failed', orderNo, error }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.all }),
  });
  return { mutation, notice };
}
