// The decision's state on the review page: which form is open, the request, and what a refusal does. A 409 (the
// filing or the claim changed) reloads the filing and leaves the reviewer's reasons where they were.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../lib/api-error.ts';
import { type Decision, useDecision } from '../api/decision-api.ts';
import { reviewFilingKey } from '../api/review-filing-api.ts';
import type { DecisionMode } from '../components/decision-panel.tsx';

export function useDecisionFlow(filingId: string, version: number, onDone: (kind: Decision['kind']) => void) {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<DecisionMode>('idle');
  const decision = useDecision(filingId, version);

  const send = (choice: Decision) =>
    decision.mutate(choice, {
      onSuccess: () => {
        setMode('idle');
        onDone(choice.kind);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) {
          // The approve dialog closes so the message and the reloaded filing are in view.
          if (choice.kind === 'approve') setMode('idle');
          void queryClient.invalidateQueries({ queryKey: reviewFilingKey(filingId) });
        }
      },
    });

  return {
    mode,
    setMode,
    decide: { busy: decision.isPending, error: decision.error, send },
  };
}
