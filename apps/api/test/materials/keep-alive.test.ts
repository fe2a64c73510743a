// An upload refused before its body was read (too large, wrong type) leaves the connection usable: the rest of a
// body up to 8 MB is read and dropped, so the next request on the same keep-alive socket is answered at once; a
// larger remainder closes the connection instead, and the client's next request goes out on a new one. A real
// server on a real socket: inject has no connection to reuse.
import { Agent, request } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { filingRow } from '../helpers/filing-rows.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { multipart } from './materials-fixtures.ts';

const MB = 1024 * 1024;
let t: TestApp;
let port: number;
let headers: Record<string, string>;
let filingId: string;

beforeAll(async () => {
  t = await createTestApp();
  const { client, account } = await signedInClient(t.app, t.db, 'APPLICANT');
  const token = await client.fetchCsrf();
  headers = {
    cookie: [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    'x-csrf-token': token,
  };
  filingId = (await t.db.filing.create({ data: filingRow({ orderNo: 'BA2026120100002', accountId: account.id }) })).id;
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as { port: number }).port;
});
afterAll(() => t.close());

type Answer = { status: number; headers: Record<string, unknown>; body: string; socket: Socket; ms: number };

/** One request through `agent`; `body` is written whole, or only its first `send` bytes when given. */
function call(
  agent: Agent,
  method: string,
  path: string,
  extra: { headers?: Record<string, string>; body?: Buffer; send?: number } = {},
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers: { ...headers, ...extra.headers } });
    let socket: Socket | undefined;
    req.on('socket', (s) => {
      socket = s;
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => {
        if (!socket) return reject(new Error('no socket'));
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, socket, ms: performance.now() - started });
      });
    });
    // A server that closes after answering may cut the rest of the upload short: the answer is what counts.
    req.on('error', (error) => (socket?.destroyed ? undefined : reject(error)));
    req.setTimeout(20_000, () => req.destroy(new Error(`${method} ${path}: no answer in 20 s`)));
    if (extra.body && extra.send !== undefined) req.write(extra.body.subarray(0, extra.send));
    else req.end(extra.body);
  });
}

async function oversizedPhoto(bytes: number) {
  const jpeg = await photo('jpeg');
  return Buffer.concat([jpeg, Buffer.alloc(bytes - jpeg.length, 0x20)]);
}

function uploadBody(content: Buffer) {
  const { body, contentType } = multipart({ kind: 'SUBJECT_PRINCIPAL_ID_FRONT' }, { filename: 'id.jpg', content });
  return { body, headers: { 'content-type': contentType, 'content-length': String(body.length) } };
}

/** An agent with one keep-alive socket, so that a second request can only go out on the first one's connection. */
async function withOneSocket(run: (agent: Agent) => Promise<void>) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    await run(agent);
  } finally {
    agent.destroy();
  }
}

const html = () => Buffer.concat([Buffer.from('<!doctype html><script>alert(1)</script>'), Buffer.alloc(6 * MB, 0x20)]);

describe('an upload refused early', () => {
  it.each([
    ['a 6 MB photo for a 5 MB slot', () => oversizedPhoto(6 * MB), 413, 'MATERIAL_TOO_LARGE'],
    ['6 MB of markup named .jpg', async () => html(), 415, 'MATERIAL_TYPE_NOT_ALLOWED'],
  ] as const)(
    'keeps the connection after %s: the next request on the same socket is answered at once',
    async (_label, file, status, code) =>
      withOneSocket(async (agent) => {
        const refused = await call(agent, 'POST', `/api/filings/${filingId}/materials`, uploadBody(await file()));
        expect(refused.status, refused.body).toBe(status);
        expect(JSON.parse(refused.body)).toMatchObject({ code });
        expect(refused.headers.connection).not.toBe('close');

        const next = await call(agent, 'GET', '/api/filings');
        expect(next.status).toBe(200);
        expect(next.socket).toBe(refused.socket);
        expect(next.ms).toBeLessThan(3000);
      }),
  );

  it('closes the connection rather than read a larger remainder, and the next request gets a new one', async () =>
    withOneSocket(async (agent) => {
      // Declares 30 MB, sends 6: the server must not wait for (or read) the other 24.
      const { body, headers: upload } = uploadBody(await oversizedPhoto(30 * MB));
      const refused = await call(agent, 'POST', `/api/filings/${filingId}/materials`, {
        body,
        headers: upload,
        send: 6 * MB,
      });
      expect(refused.status, refused.body).toBe(413);
      expect(refused.headers.connection).toBe('close');
      const next = await call(agent, 'GET', '/api/filings');
      expect(next.status).toBe(200);
      expect(next.socket).not.toBe(refused.socket);
      expect(next.ms).toBeLessThan(3000);
    }));
});
