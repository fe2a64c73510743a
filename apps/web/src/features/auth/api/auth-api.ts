// The auth endpoints of the API, typed by the shared contracts.
import {
  type Account,
  type Locale,
  type LoginBody,
  MeResponseSchema,
  type RegisterBody,
  type RegisterResponse,
  RegisterResponseSchema,
  type SimulatedMailbox,
  SimulatedMailboxSchema,
} from '@beian/contracts';
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

/** Registers; the answer is the same whether or not the address already had an account. */
export function register(body: RegisterBody): Promise<RegisterResponse> {
  return apiClient.post('/api/auth/register', { body, schema: RegisterResponseSchema });
}

/** Confirms a registration with its emailed link's token; the server signs the browser in. */
export async function verifyEmail(token: string): Promise<Account> {
  const { account } = await apiClient.post('/api/auth/verify-email', { body: { token }, schema: MeResponseSchema });
  return account;
}

/** What the mail simulator sent to the address this browser registered with. */
export function fetchSimulatedMailbox(signal?: AbortSignal): Promise<SimulatedMailbox> {
  return apiClient.get('/api/auth/simulated-mailbox', { schema: SimulatedMailboxSchema, signal });
}

export async function logout(): Promise<void> {
  await apiClient.post('/api/auth/logout');
}

export async function updateLocale(locale: Locale): Promise<void> {
  await apiClient.put('/api/auth/locale', { body: { locale } });
}
