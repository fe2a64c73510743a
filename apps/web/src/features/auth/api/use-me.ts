// The session as react-query state: every guard, layout and form reads the signed-in account from here.
import type { Account } from '@beian/contracts';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { fetchMe } from './auth-api.ts';

export const meQueryKey = ['auth', 'me'] as const;

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: ({ signal }) => fetchMe(signal), staleTime: 60_000 });
}

/** The account for screens that are only reachable behind a guard. */
export function useAccount(): Account {
  const { data } = useMe();
  if (!data) throw new Error('useAccount() used outside a signed-in route');
  return data;
}

export function setSignedInAccount(queryClient: QueryClient, account: Account | null): void {
  queryClient.setQueryData(meQueryKey, account);
}
