// A tiny cookie-keeping HTTP client for the benchmarks, speaking to the API as the web app does (CSRF header on writes).

export type BenchClient = ReturnType<typeof createBenchClient>;

export function createBenchClient(baseUrl: string) {
  const cookies = new Map<string, string>();
  let csrf: string | undefined;

  async function send(method: string, path: string, body?: unknown): Promise<Response> {
    // The token first: fetching it sets the cookie its check pairs it with.
    const csrfHeader = method === 'GET' ? undefined : (csrf ?? (await token()));
    const headers: Record<string, string> = { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (csrfHeader) headers['x-csrf-token'] = csrfHeader;
    let payload: FormData | string | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body: payload });
    const setCookies = res.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    // The token is bound to the session: a sign-in (new cookies) needs a fresh one, as the web app fetches.
    if (setCookies.length > 0 && path !== '/api/auth/csrf') csrf = undefined;
    return res;
  }

  async function token(): Promise<string> {
    csrf = '';
    csrf = ((await (await send('GET', '/api/auth/csrf')).json()) as { token: string }).token;
    return csrf;
  }

  /** The JSON answer, or an error naming the request and the problem. */
  async function json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await send(method, path, body);
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  return { send, json };
}
