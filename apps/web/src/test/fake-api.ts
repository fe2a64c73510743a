// A stand-in for the API at the fetch boundary: tests declare the answers they need and read back what was sent.
import type { Account, Role } from '@beian/contracts';
import { vi } from 'vitest';

export type SentRequest = { method: string; path: string; body: unknown; headers: Headers };
type Handler = (request: SentRequest) => Response | Promise<Response>;

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const noContent = () => new Response(null, { status: 204 });

export function problem(
  status: number,
  code: string,
  extra: { detail?: string; errors?: { path: string; message: string }[]; headers?: Record<string, string> } = {},
) {
  const body = {
    type: `urn:beian:problem:${code.toLowerCase()}`,
    title: 'Error',
    status,
    code,
    detail: extra.detail ?? `${code} detail from the server`,
    requestId: 'req-test-1',
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...extra.headers },
  });
}

export function account(role: Role, overrides: Partial<Account> = {}): Account {
  return {
    id: '0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b11',
    email: `${role.toLowerCase()}@demo.beian.test`,
    displayName: `Demo ${role.toLowerCase()}`,
    role,
    locale: 'zh-CN',
    ...overrides,
  };
}

/** Replaces fetch; unknown routes answer 404 problem+json, like the real API. A route may name the exact path
 * with its query ("GET /api/x?a=1") or the path alone, whose handler then reads the query from `request.path`. */
export function fakeApi(routes: Record<string, Handler>) {
  const sent: SentRequest[] = [];
  const all: Record<string, Handler> = {
    'GET /api/auth/csrf': () => json(200, { token: 'csrf-1' }),
    'GET /api/auth/session': () => noContent(),
    ...routes,
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const path = String(input);
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      const request = { method, path, body, headers: new Headers(init.headers) };
      sent.push(request);
      const handler = all[`${method} ${path}`] ?? all[`${method} ${path.split('?')[0]}`];
      return handler ? handler(request) : problem(404, 'NOT_FOUND');
    }),
  );
  return {
    sent,
    /** The requests sent to one route, e.g. "POST /api/auth/login". */
    to: (route: string) => sent.filter((r) => `${r.method} ${r.path}` === route),
  };
}
