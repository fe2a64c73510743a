// Who sends the generated requests: one signed-in client per role, and a draft filing of the applicant's that path
// ids and the upload route can point at. A request goes out as the first role that gets past authentication, so
// every route is reached as someone it serves.
import { randomUUID } from 'node:crypto';
import { ROLES } from '@beian/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { filingRow } from '../helpers/filing-rows.ts';
import { type Client, signedInClient } from '../helpers/http-client.ts';
import type { TestApp } from '../helpers/test-app.ts';
import type { Operation } from './openapi.ts';

export type Actors = Awaited<ReturnType<typeof actorsFor>>;
export type Body = { json: unknown } | { payload: Buffer; contentType: string } | undefined;

let serial = 0;

export async function actorsFor(t: TestApp) {
  const clients = [];
  for (const role of ROLES) clients.push({ role, ...(await signedInClient(t.app, t.db, role)) });
  const applicant = clients.find((c) => c.role === 'APPLICANT');
  if (!applicant) throw new Error('no applicant');
  serial += 1;
  const filing = await t.db.filing.create({
    data: filingRow({
      orderNo: `BA20261201${String(90000 + serial).padStart(5, '0')}`,
      accountId: applicant.account.id,
    }),
  });
  return { clients, filing };
}

/** A well-formed value for a path parameter: the applicant's filing for `id`, a fresh id or order number otherwise. */
export function pathValue(actors: Actors, name: string, format?: string): string {
  if (name === 'id') return actors.filing.id;
  if (name === 'orderNo') return actors.filing.orderNo;
  if (name === 'year') return '2027';
  return format === 'uuid' ? randomUUID() : 'x';
}

function send(client: Client, method: string, url: string, body: Body) {
  const extra = body && 'payload' in body ? { headers: { 'content-type': body.contentType } } : undefined;
  const payload = body === undefined ? undefined : 'payload' in body ? body.payload : body.json;
  switch (method) {
    case 'GET':
      return client.get(url);
    case 'DELETE':
      return client.delete(url);
    case 'PUT':
      return client.put(url, payload, extra);
    case 'POST':
      return client.post(url, payload, extra);
    case 'PATCH':
      return client.patch(url, payload, extra);
    default:
      throw new Error(`no client method for ${method}`);
  }
}

/** Sends as each role in turn and returns the first answer that is not 401 or 403 (or the last one). */
export async function sendAsSomeone(
  actors: Actors,
  op: Operation,
  url: string,
  body: Body,
): Promise<LightMyRequestResponse & { role: string }> {
  let last: LightMyRequestResponse | undefined;
  for (const { role, client } of actors.clients) {
    last = await send(client, op.method, url, body);
    if (last.statusCode !== 401 && last.statusCode !== 403) return Object.assign(last, { role });
  }
  if (!last) throw new Error('no clients');
  return Object.assign(last, { role: 'none' });
}
