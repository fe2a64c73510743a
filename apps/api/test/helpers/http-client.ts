// A cookie-keeping client over app.inject that behaves like the SPA: fetches a CSRF token and sends it on writes,
// and fetches a new one when the session changes (the token is bound to the session).
import type { Role } from '@beian/contracts';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/app.ts';
import type { Db } from '../../src/infra/db.ts';
import { hashPassword } from '../../src/modules/auth/passwords.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Client = ReturnType<typeof createClient>;

export function createClient(app: App, defaults: { remoteAddress?: string } = {}) {
  const cookies = new Map<string, string>();
  let csrfToken: string | undefined;

  // A cookie's expiry is judged by the app's clock, as the app set it: tests run the app on fixed dates.
  const keepCookies = (res: LightMyRequestResponse) => {
    const now = app.clock.now().getTime();
    for (const c of res.cookies as { name: string; value: string; expires?: Date }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() <= now)) cookies.delete(c.name);
      else cookies.set(c.name, c.value);
      if (c.name === 'beian_session') csrfToken = undefined;
    }
    return res;
  };

  async function send(method: Method, url: string, body: unknown, extra: Partial<InjectOptions>) {
    if (method !== 'GET' && csrfToken === undefined) await fetchCsrf();
    const headers: Record<string, string> = { ...(extra.headers as Record<string, string>) };
    if (method !== 'GET' && csrfToken && !('x-csrf-token' in headers)) headers['x-csrf-token'] = csrfToken;
    return keepCookies(
      await app.inject({
        method,
        url,
        cookies: Object.fromEntries(cookies),
        remoteAddress: defaults.remoteAddress,
        ...extra,
        headers,
        ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      }),
    );
  }

  async function request(method: Method, url: string, body?: unknown, extra: Partial<InjectOptions> = {}) {
    const res = await send(method, url, body, extra);
    // Like the SPA: a token that died with its session (expired, signed out elsewhere) is fetched anew, once.
    // A test that sets the header itself gets the refusal as it is.
    const chosen = extra.headers && 'x-csrf-token' in extra.headers;
    if (res.statusCode !== 403 || chosen || res.json().code !== 'CSRF_INVALID') return res;
    await fetchCsrf();
    return send(method, url, body, extra);
  }

  async function fetchCsrf() {
    csrfToken = '';
    const res = await request('GET', '/api/auth/csrf');
    csrfToken = res.json().token as string;
    return csrfToken;
  }

  return {
    cookies,
    fetchCsrf,
    get: (url: string, extra?: Partial<InjectOptions>) => request('GET', url, undefined, extra),
    post: (url: string, body?: unknown, extra?: Partial<InjectOptions>) => request('POST', url, body, extra),
    put: (url: string, body?: unknown, extra?: Partial<InjectOptions>) => request('PUT', url, body, extra),
    patch: (url: string, body?: unknown, extra?: Partial<InjectOptions>) => request('PATCH', url, body, extra),
    delete: (url: string, extra?: Partial<InjectOptions>) => request('DELETE', url, undefined, extra),
    login: (email: string, password: string) => request('POST', '/api/auth/login', { email, password }),
  };
}

let counter = 0;
export const TEST_PASSWORD = 'Correct-Horse-9';

/** Creates an account with `role` directly in the database and returns a client signed in as it. */
export async function signedInClient(app: App, db: Db, role: Role) {
  counter += 1;
  const email = `${role.toLowerCase()}-${counter}-${Date.now()}@test.beian.test`;
  const account = await db.account.create({
    data: {
      email,
      displayName: `${role} ${counter}`,
      role,
      passwordHash: await hashPassword(TEST_PASSWORD),
      createdAt: app.clock.now(),
      updatedAt: app.clock.now(),
    },
  });
  const client = createClient(app);
  const res = await client.login(email, TEST_PASSWORD);
  if (res.statusCode !== 200) throw new Error(`could not sign in test ${role}: ${res.body}`);
  return { client, account };
}
