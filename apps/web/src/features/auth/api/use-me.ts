// The session as react-query state: every guard, layout and form reads the signed-in account from here.
import type { Account } from '@beian/contracts';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { fetchMe, loadSessionSchema } from './auth-api.ts';

export const meQueryKey = ['auth', 'me'] as const;

const meQuery = queryOptions({ queryKey: meQueryKey, queryFn: ({ signal }) => fetchMe(signal), staleTime: 60_000 });

export function useMe() {
  return useQuery(meQuery);
}

/** Asks for the session now, before anything renders: every guard waits for it, so a page load need not wait for
 * the page's code and messages first and only then for the session. The schema a signed-in answer is read with
 * loads meanwhile, instead of after the answer. */
export function prefetchMe(queryClient: QueryClient): Promise<void> {
  void loadSessionSchema().catch(() => undefined); // read again, and its failure reported, with the answer
  return queryClient.prefetchQuery(meQuery);
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
