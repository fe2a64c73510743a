// The auth endpoints of the API, typed by the shared contracts.
import { type Account, type Locale, type LoginBody, MeResponseSchema, type RegisterBody } from '@beian/contracts';
import { apiClient } from '../../../lib/api-client.ts';
import { isApiError } from '../../../lib/api-error.ts';

/** The signed-in account, or null when there is no session. */
export async function fetchMe(signal?: AbortSignal): Promise<Account | null> {
  try {
    const { account } = await apiClient.get('/api/auth/me', { schema: MeResponseSchema, signal });
    return account;
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) return null;
    throw error;
  }
}

export async function login(body: LoginBody): Promise<Account> {
  const { account } = await apiClient.post('/api/auth/login', { body, schema: MeResponseSchema });
  return account;
}

export async function register(body: RegisterBody): Promise<Account> {
  const { account } = await apiClient.post('/api/auth/register', { body, schema: MeResponseSchema });
  return account;
}

export async function logout(): Promise<void> {
  await apiClient.post('/api/auth/logout');
}

export async function updateLocale(locale: Locale): Promise<void> {
  await apiClient.put('/api/auth/locale', { body: { locale } });
}
