// Sign-in, registration and sign-out as mutations that keep the cached session in step with the server.
import type { Account } from '@beian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { resetCsrfToken } from '../../../lib/api-client.ts';
import { isApiError } from '../../../lib/api-error.ts';
import { login, logout, register } from './auth-api.ts';
import { meQueryKey, setSignedInAccount } from './use-me.ts';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (account: Account) => {
      // The session changed under the token; the next mutation fetches a fresh one.
      resetCsrfToken();
      setSignedInAccount(queryClient, account);
    },
  });
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: async () => {
      resetCsrfToken();
      // Whether registration also signs in is the server's call; ask it rather than assume.
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}

/** Signs out and opens the sign-in page; leaving first keeps the guards from "remembering" the page being left. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signedOut = () => {
    void navigate('/login', { replace: true });
    resetCsrfToken();
    // Nothing fetched for the previous account may be shown to the next one.
    queryClient.clear();
    setSignedInAccount(queryClient, null);
  };
  return useMutation({
    mutationFn: logout,
    onSuccess: signedOut,
    onError: (error) => {
      // An expired session is as signed out as it gets.
      if (isApiError(error, 'UNAUTHENTICATED')) signedOut();
    },
  });
}
