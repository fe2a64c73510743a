// The one way the web app talks to the API: same-origin cookies, a CSRF header on every mutation, and every
// failure turned into an ApiError parsed from problem+json. Schemas may come as loaders, and the client's own
// (problems, the CSRF token) load when first needed: the sign-in page runs without zod (docs/decisions/049).
import type { z } from 'zod';
import { currentLocale } from '../i18n/i18n.ts';
import { ApiError, syntheticProblem } from './api-error.ts';
import { parseRetryAfter } from './retry-after.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A schema, or a function that loads one (`() => import('./x-schemas.ts').then((m) => m.XSchema)`), for code on
 * the first page: its answer's schema, and zod with it, then load only when there is an answer to read. */
export type AnswerSchema<T> = z.ZodType<T> | (() => Promise<z.ZodType<T>>);

interface RequestOptions<T> {
  body?: unknown;
  /** Validates the JSON answer; without it the call resolves to undefined (for 204 and fire-and-forget calls). */
  schema?: AnswerSchema<T>;
  signal?: AbortSignal;
}

/** The schemas of the client's own reads, loaded with the first problem or mutation. */
const ownSchemas = () => import('./api-schemas.ts');

let csrfToken: Promise<string> | undefined;

/** Forgets the CSRF token; the session behind it changes on sign-in and sign-out. */
export function resetCsrfToken(): void {
  csrfToken = undefined;
}

/** The session's CSRF token, fetched once and shared (uploads send it from their own XMLHttpRequest). */
export function getCsrfToken(): Promise<string> {
  csrfToken ??= send('GET', '/api/auth/csrf', {}, undefined)
    .then(async (response) => (await ownSchemas()).CsrfResponseSchema.parse(await response.json()).token)
    .catch((error: unknown) => {
      csrfToken = undefined;
      throw error;
    });
  return csrfToken;
}

async function send(method: Method, path: string, options: RequestOptions<unknown>, token: string | undefined) {
  // accept-language lets the API word its own messages (details, field errors, e-mails) in the reader's language.
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLocale() };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(syntheticProblem(0, 'Network error'));
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** A failed response as an ApiError, from its problem+json when it has one. */
export async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  // A failure to load the schema (the network went with the answer) leaves the status to go by.
  const problem = await ownSchemas().then(
    ({ ProblemSchema }) => ProblemSchema.safeParse(body),
    () => undefined,
  );
  return new ApiError(
    problem?.success ? problem.data : syntheticProblem(response.status, response.statusText),
    retryAfter,
  );
}

async function read<T>(response: Response, schema: AnswerSchema<T>): Promise<T> {
  const body: unknown = await response.json();
  return (typeof schema === 'function' ? await schema() : schema).parse(body);
}

async function request<T>(method: Method, path: string, options: RequestOptions<T> = {}): Promise<T> {
  const needsToken = method !== 'GET';
  let response: Response;
  try {
    response = await send(method, path, options, needsToken ? await getCsrfToken() : undefined);
  } catch (error) {
    // A token can expire with its session; fetch a fresh one and try exactly once more.
    if (!needsToken || !(error instanceof ApiError) || error.code !== 'CSRF_INVALID') throw error;
    resetCsrfToken();
    response = await send(method, path, options, await getCsrfToken());
  }
  if (!options.schema || response.status === 204) return undefined as T;
  return read(response, options.schema);
}

export const apiClient = {
  get: <T>(path: string, options?: Omit<RequestOptions<T>, 'body'>) => request('GET', path, options),
  /** A read the API answers 204 when there is nothing to read (the session check, for a visitor): undefined then,
   * without loading the schema. */
  getOptional: <T>(path: string, options?: Omit<RequestOptions<T>, 'body'>) =>
    request('GET', path, options) as Promise<T | undefined>,
  post: <T>(path: string, options?: RequestOptions<T>) => request('POST', path, options),
  put: <T>(path: string, options?: RequestOptions<T>) => request('PUT', path, options),
  patch: <T>(path: string, options?: RequestOptions<T>) => request('PATCH', path, options),
  delete: <T>(path: string, options?: RequestOptions<T>) => request('DELETE', path, options),
};
