// The signed-in account's security calls: its sessions, signing one or all others out, and changing the password.
import {
  AccountSessionListSchema,
  type ChangePasswordBody,
  ChangePasswordResponseSchema,
  EndedSessionsSchema,
} from '@beian/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';

export const sessionsKey = ['account', 'sessions'] as const;

export function useSessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: ({ signal }) => apiClient.get('/api/auth/sessions', { schema: AccountSessionListSchema, signal }),
    select: (list) => list.sessions,
  });
}

/** A mutation after which the session list is read again. */
function useSessionsChange<T, V>(call: (variables: V) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useEndSession() {
  return useSessionsChange((id: string) => apiClient.delete<void>(`/api/auth/sessions/${encodeURIComponent(id)}`));
}

export function useEndOtherSessions() {
  return useSessionsChange(() => apiClient.post('/api/auth/sessions/end-others', { schema: EndedSessionsSchema }));
}

export function useChangePassword() {
  return useSessionsChange((body: ChangePasswordBody) =>
    apiClient.post('/api/auth/password', { body, schema: ChangePasswordResponseSchema }),
  );
}
