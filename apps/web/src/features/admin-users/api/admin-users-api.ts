// What the users page reads and changes: the accounts (searched, filtered, paged), the pending invitations, the
// photo points an operator may be invited to, and the role, status and invitation changes.
import {
  AccountListSchema,
  type AdminAccount,
  AdminAccountSchema,
  CreatedInvitationSchema,
  type CreateInvitationBody,
  InvitationListSchema,
  PhotoPointDirectorySchema,
  type Role,
} from '@beian/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';

export const PAGE_SIZE = 20;

export type AccountFilter = { q: string; role: Role | ''; active: 'true' | 'false' | '' };
export const NO_FILTER: AccountFilter = { q: '', role: '', active: '' };

export const usersKeys = {
  all: ['admin', 'users'] as const,
  accounts: (filter: AccountFilter, page: number) => ['admin', 'users', 'accounts', filter, page] as const,
  invitations: ['admin', 'users', 'invitations'] as const,
  points: ['admin', 'users', 'photo-points'] as const,
};

export function accountsPath(filter: AccountFilter, page: number): string {
  const query = new URLSearchParams();
  if (filter.q) query.set('q', filter.q);
  if (filter.role) query.set('role', filter.role);
  if (filter.active) query.set('active', filter.active);
  query.set('page', String(page));
  query.set('pageSize', String(PAGE_SIZE));
  return `/api/admin/accounts?${query}`;
}

export const useAccounts = (filter: AccountFilter, page: number) =>
  useQuery({
    queryKey: usersKeys.accounts(filter, page),
    queryFn: ({ signal }) => apiClient.get(accountsPath(filter, page), { schema: AccountListSchema, signal }),
    placeholderData: keepPreviousData,
  });

export const useInvitations = () =>
  useQuery({
    queryKey: usersKeys.invitations,
    queryFn: ({ signal }) => apiClient.get('/api/admin/invitations', { schema: InvitationListSchema, signal }),
  });

/** Active photo points as one list, by province and city. */
export const usePhotoPointChoices = () =>
  useQuery({
    queryKey: usersKeys.points,
    queryFn: async ({ signal }) => {
      const directory = await apiClient.get('/api/photo-points', { schema: PhotoPointDirectorySchema, signal });
      return directory.provinces.flatMap((p) => p.cities.flatMap((c) => c.points.map((point) => ({ ...point }))));
    },
    staleTime: 60_000,
  });

/** Every change re-reads the accounts and invitations: either may have moved meanwhile. */
function useUsersMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  });
}

export const useChangeRole = () =>
  useUsersMutation(({ account, role }: { account: AdminAccount; role: Role }) =>
    apiClient.put(`/api/admin/accounts/${account.id}/role`, { body: { role }, schema: AdminAccountSchema }),
  );

export const useSetActive = () =>
  useUsersMutation(({ account, active }: { account: AdminAccount; active: boolean }) =>
    apiClient.post(`/api/admin/accounts/${account.id}/${active ? 'enable' : 'disable'}`, {
      schema: AdminAccountSchema,
    }),
  );

export const useInvite = () =>
  useUsersMutation((body: CreateInvitationBody) =>
    apiClient.post('/api/admin/invitations', { body, schema: CreatedInvitationSchema }),
  );

export const useRevokeInvitation = () =>
  useUsersMutation(async ({ id }: { id: string; email: string }) => {
    await apiClient.post(`/api/admin/invitations/${id}/revoke`);
  });
