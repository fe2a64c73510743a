// Submits the filing for initial review once, however often the button is pressed: one request at a time, sent with
// the version just read from the server (uploads may have moved it on), and its answer kept for the due time.
import type { SubmitResponse } from '@beian/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { filingKeys } from '../../api/filing-queries.ts';
import { getFiling } from '../../api/filings-api.ts';
import { submitFiling } from '../../api/materials-api.ts';
import { materialKeys } from '../../api/materials-queries.ts';

/** The answer of the submission made from this page, if any: the only place the due time comes from. */
export function useSubmission(id: string) {
  return useQuery<SubmitResponse | null>({
    queryKey: materialKeys.submitted(id),
    queryFn: () => null,
    enabled: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  }).data;
}

export function useSubmitFiling(id: string) {
  const queryClient = useQueryClient();
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: async () => {
      const fresh = await queryClient.fetchQuery({
        queryKey: filingKeys.detail(id),
        queryFn: () => getFiling(id),
        staleTime: 0,
      });
      return submitFiling(id, fresh.version);
    },
    onSuccess: async (response) => {
      queryClient.setQueryData(materialKeys.submitted(id), response);
      await queryClient.invalidateQueries({ queryKey: filingKeys.detail(id), exact: true });
      void queryClient.invalidateQueries({ queryKey: filingKeys.list() });
    },
    // What is missing may have changed since the list was read (another tab); show the server's view.
    onError: () => void queryClient.invalidateQueries({ queryKey: materialKeys.list(id) }),
    onSettled: () => {
      inFlight.current = false;
    },
  });
  const submit = () => {
    // A second click can arrive before the button re-renders as disabled.
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate();
  };
  return { ...mutation, submit };
}
