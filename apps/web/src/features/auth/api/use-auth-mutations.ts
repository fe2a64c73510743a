// Sign-in, registration, its confirmation link and sign-out as mutations that keep the cached session in step with
// the server. Each new session brings its own CSRF token, so the old one is dropped whenever the session changes.
import type { Account } from '@beian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { resetCsrfToken } from '../../../lib/api-client.ts';
import { isApiError } from '../../../lib/api-error.ts';
import { login, logout, register, verifyEmail } from './auth-api.ts';
import { setSignedInAccount } from './use-me.ts';

function useSignedIn() {
  const queryClient = useQueryClient();
  return (account: Account) => {
    resetCsrfToken();
    setSignedInAccount(queryClient, account);
  };
}

export function useLogin() {
  return useMutation({ mutationFn: login, onSuccess: useSignedIn() });
}

/** Registration signs nobody in: the emailed link does. */
export function useRegister() {
  return useMutation({ mutationFn: register });
}

export function useVerifyEmail() {
  return useMutation({ mutationFn: verifyEmail, onSuccess: useSignedIn() });
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
