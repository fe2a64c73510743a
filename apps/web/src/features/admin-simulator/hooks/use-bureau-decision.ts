// Deciding a submission as the bureau: the answer replaces its row; a 409 (decided already, or the SMS check is
// not complete) refreshes the list so the reader sees why. The outcome is kept as a notice worded at render time.
import type { BureauDecisionBody, BureauSubmissionView } from '@beian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../lib/api-error.ts';
import { decideSubmission } from '../api/simulator-api.ts';
import { simulatorKeys, storeSubmission } from '../api/simulator-queries.ts';

export type DecisionNotice =
  | { kind: 'APPROVED' | 'REJECTED'; orderNo: string }
  | { kind: 'conflict'; orderNo: string }
  | { kind: 'failed'; orderNo: string; error: unknown };

type Decide = { submission: BureauSubmissionView; body: BureauDecisionBody };

export const isConflict = (error: unknown) => isApiError(error) && error.status === 409;

/** `onSettled` runs when the decision needs no more input: made, or refused because the row has moved on. */
export function useBureauDecision(onSettled: () => void) {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<DecisionNotice | null>(null);
  const mutation = useMutation({
    mutationFn: ({ submission, body }: Decide) => decideSubmission(submission.id, body),
    onSuccess: (updated, { submission }) => {
      storeSubmission(queryClient, updated);
      setNotice({ kind: updated.status === 'REJECTED' ? 'REJECTED' : 'APPROVED', orderNo: submission.orderNo });
      onSettled();
    },
    onError: (error, { submission, body }) => {
      if (isConflict(error)) {
        void queryClient.invalidateQueries({ queryKey: simulatorKeys.bureau });
        setNotice({ kind: 'conflict', orderNo: submission.orderNo });
        onSettled();
        return;
      }
      // A failed rejection stays in its dialog with the reason typed so far; a failed approval has only the notice.
      if (body.decision === 'APPROVED') setNotice({ kind: 'failed', orderNo: submission.orderNo, error });
    },
  });
  return { mutation, notice, clearNotice: () => setNotice(null) };
}
