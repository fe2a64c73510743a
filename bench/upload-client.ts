// A tiny cookie-keeping HTTP client for the benchmarks, speaking to the API as the web app does (CSRF header on writes).

import http from 'node:http';

/**
 * A multipart/form-data body built once, as one buffer: the fields, then the file. Sending it costs the load
 * generator a single write, where fetch's FormData would encode the file again on every request.
 */
export class Multipart {
  readonly contentType: string;
  readonly bytes: Uint8Array;

  constructor(fields: Record<string, string>, file: { name: string; type: string; bytes: Uint8Array }) {
    const boundary = `bench${Math.random().toString(16).slice(2)}`;
    const head = Object.entries(fields)
      .map(([name, value]) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join('');
    const fileHead = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: ${file.type}\r\n\r\n`;
    this.bytes = Buffer.concat([Buffer.from(head + fileHead), file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    this.contentType = `multipart/form-data; boundary=${boundary}`;
  }
}

export type BenchClient = ReturnType<typeof createBenchClient>;

export function createBenchClient(baseUrl: string) {
  const cookies = new Map<string, string>();
  const agent = new http.Agent({ keepAlive: true });
  let csrf: string | undefined;

  async function send(method: string, path: string, body?: unknown): Promise<Response> {
    const headers = await sessionHeaders(method !== 'GET');
    let payload: string | undefined;
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body: payload });
    remember(res.headers.getSetCookie(), path);
    return res;
  }

  /** The session's cookies, and on a write the CSRF token (fetched first: that sets the cookie it is paired with). */
  async function sessionHeaders(write: boolean): Promise<Record<string, string>> {
    const csrfHeader = write ? (csrf ?? (await token())) : undefined;
    const headers: Record<string, string> = { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (csrfHeader) headers['x-csrf-token'] = csrfHeader;
    return headers;
  }

  function remember(setCookies: string[], path: string): void {
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    // The token is bound to the session: a sign-in (new cookies) needs a fresh one, as the web app fetches.
    if (setCookies.length > 0 && path !== '/api/auth/csrf') csrf = undefined;
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

  /**
   * POSTs a prepared multipart body with node:http, as the SDK sends a PutObject: fetch copies a buffer body before
   * it sends it (2 MB and about 4 ms of CPU per photo here, besides the garbage).
   */
  async function post(path: string, body: Multipart): Promise<{ status: number; text: string }> {
    const headers = {
      ...(await sessionHeaders(true)),
      'content-type': body.contentType,
      'content-length': String(body.bytes.length),
    };
    return new Promise((resolve, reject) => {
      const request = http.request(new URL(path, baseUrl), { method: 'POST', headers, agent }, (res) => {
        remember(res.headers['set-cookie'] ?? [], path);
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      request.on('error', reject);
      request.end(body.bytes);
    });
  }

  return { send, json, post, close: () => agent.destroy() };
}
