// The emailed account links' endpoints: ask for a password reset, set the new password, and look up and accept a
// staff invitation. Tokens travel in request bodies only.
import {
  type AcceptInvitationBody,
  type Account,
  type InvitationPreview,
  InvitationPreviewSchema,
  MeResponseSchema,
  type PasswordResetCompleteBody,
  type PasswordResetRequested,
  PasswordResetRequestedSchema,
} from '@beian/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, resetCsrfToken } from '../../../lib/api-client.ts';
import { setSignedInAccount } from './use-me.ts';

/** The same answer for any address: whether it has an account is not told. */
export function requestPasswordReset(email: string): Promise<PasswordResetRequested> {
  return apiClient.post('/api/auth/password-reset', { body: { email }, schema: PasswordResetRequestedSchema });
}

export async function completePasswordReset(body: PasswordResetCompleteBody): Promise<void> {
  await apiClient.post('/api/auth/password-reset/complete', { body });
}

export function lookupInvitation(token: string): Promise<InvitationPreview> {
  return apiClient.post('/api/auth/invitations/lookup', { body: { token }, schema: InvitationPreviewSchema });
}

export async function acceptInvitation(body: AcceptInvitationBody): Promise<Account> {
  const { account } = await apiClient.post('/api/auth/invitations/accept', { body, schema: MeResponseSchema });
  return account;
}

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
export const useCompletePasswordReset = () => useMutation({ mutationFn: completePasswordReset });

export const useInvitation = (token: string | null) =>
  useQuery({
    queryKey: ['auth', 'invitation', token],
    queryFn: () => lookupInvitation(token ?? ''),
    enabled: token !== null,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Accepting signs in: the new session brings its own CSRF token. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (account) => {
      resetCsrfToken();
      setSignedInAccount(queryClient, account);
    },
  });
}
