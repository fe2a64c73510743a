// "放回队列": the reviewer gives the claimed filing back on purpose, after a confirmation, and lands on the queue,
// which says so. A refusal (the claim lapsed or was reassigned) keeps the reviewer on the page with the reason.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { returnToQueue } from '../api/lease-api.ts';

/**
 * `onReturned` runs before the navigation: the page stops holding the claim it no longer has. `queue` is the
 * address of the queue the filing goes back to.
 */
export function useReturnToQueue(filingId: string, orderNo: string, onReturned: () => void, queue = '/review/initial') {
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const release = useMutation({
    mutationFn: () => returnToQueue(filingId),
    onSuccess: () => {
      onReturned();
      // The queue page reads `returned` to say which filing was just put back.
      navigate(queue, { state: { returned: orderNo } });
    },
    // The dialog closes so the reason is in view beside the decision.
    onError: () => setAsking(false),
  });

  return {
    asking,
    ask: () => {
      release.reset();
      setAsking(true);
    },
    cancel: () => setAsking(false),
    confirm: () => release.mutate(),
    busy: release.isPending,
    error: release.error,
  };
}

export type ReturnFlow = ReturnType<typeof useReturnToQueue>;
