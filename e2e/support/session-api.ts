// API calls in a request context's own session, with the CSRF header the web app sends: a page's request context
// (sharing the browser's cookies) or one of its own.
import { type APIRequestContext, expect } from '@playwright/test';

export type Json = Record<string, unknown>;

export type SessionApi = Awaited<ReturnType<typeof sessionApi>>;

/**
 * API calls in the given context's session, with its CSRF token. A sign-in starts a new session, which brings a new
 * token: call this again after one.
 */
export async function sessionApi(request: APIRequestContext) {
  const { token } = (await (await request.get('/api/auth/csrf')).json()) as { token: string };
  const headers = { 'x-csrf-token': token };
  const send = async (method: 'post' | 'put', url: string, data?: Json) => {
    const response = await request[method](url, { data: data ?? {}, headers });
    expect(response.ok(), `${method.toUpperCase()} ${url}: ${await response.text()}`).toBe(true);
    return (await response.json()) as Json;
  };
  const get = async (url: string) => (await (await request.get(url)).json()) as Json;
  return { send, get, headers };
}
