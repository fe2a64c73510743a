// The auth endpoints of the API, typed by the shared contracts. The sign-in page calls them, so their schemas load
// with the first answer to read (docs/decisions/049).
import type { Account, Locale, LoginBody, RegisterBody, RegisterResponse, SimulatedMailbox } from '@beian/contracts';
import { apiClient } from '../../../lib/api-client.ts';

/** The session's schema, a chunk of its own (zod with it); the other answers' schemas in another. */
export const loadSessionSchema = () => import('./session-schema.ts');
const loadAuthSchemas = () => import('./auth-schemas.ts');
const meSchema = () => loadSessionSchema().then((s) => s.MeResponseSchema);

/** The signed-in account, or null when there is no session: the session check answers a visitor 204, which is
 * neither an error the browser logs nor an answer to load a schema for. */
export async function fetchMe(signal?: AbortSignal): Promise<Account | null> {
  const me = await apiClient.getOptional('/api/auth/session', { schema: meSchema, signal });
  return me?.account ?? null;
}

export async function login(body: LoginBody): Promise<Account> {
  const { account } = await apiClient.post('/api/auth/login', { body, schema: meSchema });
  return account;
}

/** Registers; the answer is the same whether or not the address already had an account. */
export function register(body: RegisterBody): Promise<RegisterResponse> {
  return apiClient.post('/api/auth/register', {
    body,
    schema: () => loadAuthSchemas().then((s) => s.RegisterResponseSchema),
  });
}

/** Confirms a registration with its emailed link's token; the server signs the browser in. */
export async function verifyEmail(token: string): Promise<Account> {
  const { account } = await apiClient.post('/api/auth/verify-email', { body: { token }, schema: meSchema });
  return account;
}

/** What the mail simulator sent to the address this browser registered with. */
export function fetchSimulatedMailbox(signal?: AbortSignal): Promise<SimulatedMailbox> {
  return apiClient.get('/api/auth/simulated-mailbox', {
    schema: () => loadAuthSchemas().then((s) => s.SimulatedMailboxSchema),
    signal,
  });
}

export async function logout(): Promise<void> {
  await apiClient.post('/api/auth/logout');
}

export async function updateLocale(locale: Locale): Promise<void> {
  await apiClient.put('/api/auth/locale', { body: { locale } });
}
