// What Fastify and Node refuse on their own, and bodies that are not what they claim, answer problem+json like
// every other refusal: a multipart body that is not multipart, a URL that is not UTF-8 or has an over-long
// parameter, a method the path does not take, a path that does not exist, headers too large to read, a request that
// is not HTTP. Every request schema in the document is strict.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filingRow } from '../helpers/filing-rows.ts';
import { type Client, signedInClient } from '../helpers/http-client.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { alternatives, type JsonSchema, operationName, operationsOf } from './openapi.ts';

let t: TestApp;
let applicant: Client;
let filingId: string;
let port: number;

beforeAll(async () => {
  t = await createTestApp();
  const signedIn = await signedInClient(t.app, t.db, 'APPLICANT');
  applicant = signedIn.client;
  filingId = (
    await t.db.filing.create({ data: filingRow({ orderNo: 'BA2026120100001', accountId: signedIn.account.id }) })
  ).id;
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as { port: number }).port;
});
afterAll(() => t.close());

/** problem+json, and (as every API answer) never cached. */
const isProblem = (res: { headers: Record<string, unknown> }) => {
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.headers['cache-control']).toBe('no-store');
};

/** Writes `request` on a fresh socket and reads until the server closes it. */
function rawExchange(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.setTimeout(5000, () => reject(new Error(`no answer, only: ${answer}`)));
  });
}

const parse = (answer: string) => {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), head: head.toLowerCase(), problem: JSON.parse(body) };
};

describe('a body that is not what it claims', () => {
  it.each([
    ['multipart without a boundary', 'multipart/form-data', 'hello'],
    ['multipart with a boundary and no parts', 'multipart/form-data; boundary=xyz', 'hello, not a form'],
    ['a part header that never ends', 'multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-da'],
  ])('the upload route answers %s with 400 MALFORMED_REQUEST', async (_label, contentType, payload) => {
    const res = await applicant.post(`/api/filings/${filingId}/materials`, payload, {
      headers: { 'content-type': contentType },
    });
    expect(res.statusCode, res.body).toBe(400);
    isProblem(res);
    expect(res.json()).toMatchObject({ code: 'MALFORMED_REQUEST' });
    expect(await t.db.material.count({ where: { filingId } })).toBe(0);
  });

  it('asks for multipart when the upload comes as JSON', async () => {
    const res = await applicant.post(`/api/filings/${filingId}/materials`, { kind: 'VERIFICATION_SHEET' });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      detail: 'Send the upload as multipart/form-data.',
    });
  });
});

describe("Fastify's own refusals", () => {
  it('names the parameter whose percent-encoding is not UTF-8', async () => {
    const res = await applicant.get('/api/filings/%E0%A4%A/materials');
    expect(res.statusCode).toBe(400);
    isProblem(res);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'params.id', message: expect.stringContaining('percent-encoded UTF-8') }],
      instance: '/api/filings/%E0%A4%A/materials',
    });
  });

  it('answers an over-long path parameter as naming nothing', async () => {
    const res = await applicant.get(`/api/materials/${'a'.repeat(300)}/content`);
    expect(res.statusCode).toBe(404);
    isProblem(res);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'No id is longer than 100 characters.' });
  });

  it('answers a method the path does not take with 405 and Allow, before any sign-in or CSRF check', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND'] as const) {
      const res = await t.app.inject({ method: method as 'PUT', url: '/api/review/dashboard' });
      expect(res.statusCode, method).toBe(405);
      isProblem(res);
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(res.json()).toMatchObject({
        code: 'METHOD_NOT_ALLOWED',
        detail: `/api/review/dashboard takes GET, HEAD, not ${method}.`,
      });
    }
    const post = await t.app.inject({ method: 'PUT', url: `/api/filings/${filingId}/materials` });
    expect(post.headers.allow).toBe('GET, HEAD, POST');
  });

  it('answers a path that does not exist with 404, whatever the method', async () => {
    for (const method of ['GET', 'POST', 'PROPFIND'] as const) {
      const res = await t.app.inject({ method: method as 'GET', url: '/api/nothing/here?x=1' });
      expect(res.statusCode, method).toBe(404);
      isProblem(res);
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND', instance: '/api/nothing/here' });
    }
  });

  it('answers headers too large to read with 431 problem+json and closes the connection', async () => {
    const answer = parse(await rawExchange(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`));
    expect(answer.status).toBe(431);
    expect(answer.head).toContain('content-type: application/problem+json');
    expect(answer.head).toContain('cache-control: no-store');
    expect(answer.head).toContain('connection: close');
    expect(answer.problem).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE', requestId: expect.any(String) });
  });

  it.each([
    [
      'a method HTTP does not have',
      'FOO /healthz HTTP/1.1\r\nHost: x\r\n\r\n',
      'The request method is not an HTTP method.',
    ],
    [
      'a header line without a colon',
      'GET /healthz HTTP/1.1\r\nHost x\r\n\r\n',
      'The request is not well-formed HTTP.',
    ],
  ])('answers %s with 400 problem+json', async (_label, request, detail) => {
    const answer = parse(await rawExchange(request));
    expect(answer.status).toBe(400);
    expect(answer.head).toContain('content-type: application/problem+json');
    expect(answer.problem).toMatchObject({ code: 'MALFORMED_REQUEST', detail });
  });
});

describe('the request schemas', () => {
  /** Paths of objects in `schema` that take fields they do not name. */
  function looseObjects(schema: JsonSchema, path = '(body)'): string[] {
    return alternatives(schema).flatMap((alt) => [
      ...(alt.properties && alt.additionalProperties !== false ? [path] : []),
      ...Object.entries(alt.properties ?? {}).flatMap(([key, child]) => looseObjects(child, `${path}.${key}`)),
      ...(alt.items ? looseObjects(alt.items, `${path}[]`) : []),
    ]);
  }

  it('refuse fields they do not name, at every depth of every body', async () => {
    const loose = (await operationsOf(t.app)).flatMap((op) =>
      op.body ? looseObjects(op.body.schema).map((where) => `${operationName(op)} ${where}`) : [],
    );
    expect(loose).toEqual([]);
  });

  it('refuse query parameters they do not name', async () => {
    const admin = await signedInClient(t.app, t.db, 'ADMIN');
    for (const op of await operationsOf(t.app)) {
      if (!op.params.some((p) => p.in === 'query')) continue;
      const res = await admin.client.get(`${op.path}?surprise=1`);
      expect(res.statusCode, operationName(op)).toBe(400);
      expect(res.json().errors, operationName(op)).toEqual([
        { path: 'querystring.surprise', message: 'This field is not accepted here.' },
      ]);
    }
  });
});
