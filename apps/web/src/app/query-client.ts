// One react-query client: retries only what may recover, and a lost session anywhere signs the UI out.
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { meQueryKey } from '../features/auth/api/use-me.ts';
import { ApiError, isApiError } from '../lib/api-error.ts';

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // Any query finding the session gone sends the guards back to sign-in.
        if (isApiError(error, 'UNAUTHENTICATED')) client.setQueryData(meQueryKey, null);
      },
    }),
    defaultOptions: {
      queries: {
        // A 4xx answer will not change on its own; server errors and dropped connections might.
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
