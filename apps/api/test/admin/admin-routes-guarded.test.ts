// Every admin route, as the OpenAPI document lists them, refuses anonymous callers with 401 and applicants,
// reviewers and operators with 403, before it reads what they sent: the guard runs on the request, so a body that
// would not validate gets the same answer as one that would.
import { randomUUID } from 'node:crypto';
import type { Role } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createClient, signedInClient } from '../helpers/http-client.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { type Operation, operationName, operationsOf } from '../hostile-input/openapi.ts';

/** Admin-only routes that live beside the review routes they serve rather than under /api/admin. */
const ADMIN_ROUTES_ELSEWHERE = ['GET /api/review/reviewers', 'POST /api/review/filings/{id}/assign'];

const isAdminRoute = (op: Operation) =>
  op.path.startsWith('/api/admin/') ||
  op.path.startsWith('/api/simulator/') ||
  ADMIN_ROUTES_ELSEWHERE.includes(operationName(op));

function urlOf(op: Operation): string {
  return op.path.replace(/\{(\w+)\}/g, () => randomUUID());
}

function call(client: Client, op: Operation) {
  const url = urlOf(op);
  switch (op.method) {
    case 'GET':
      return client.get(url);
    case 'DELETE':
      return client.delete(url);
    case 'PUT':
      return client.put(url, {});
    case 'PATCH':
      return client.patch(url, {});
    default:
      return client.post(url, {});
  }
}

let t: TestApp;
let adminOps: Operation[];
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await createTestApp({ env: { SIMULATORS: 'true' } });
  adminOps = (await operationsOf(t.app)).filter(isAdminRoute);
  for (const role of ['APPLICANT', 'REVIEWER', 'OPERATOR', 'ADMIN'] as const) {
    clients.set(role, (await signedInClient(t.app, t.db, role)).client);
  }
});
afterAll(() => t.close());

describe('admin routes', () => {
  it('are found in the API description (the walk below is not empty)', () => {
    const names = adminOps.map(operationName);
    expect(names).toContain('GET /api/admin/audit-log');
    expect(names).toEqual(expect.arrayContaining(ADMIN_ROUTES_ELSEWHERE));
    expect(names.some((name) => name.startsWith('POST /api/simulator/'))).toBe(true);
  });

  it('answer anonymous callers 401', async () => {
    const anonymous = createClient(t.app);
    for (const op of adminOps) {
      const res = await call(anonymous, op);
      expect({ op: operationName(op), status: res.statusCode }).toEqual({ op: operationName(op), status: 401 });
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it.each(['APPLICANT', 'REVIEWER', 'OPERATOR'] as const)('answer a signed-in %s 403', async (role) => {
    const client = clients.get(role);
    if (!client) throw new Error(`no ${role} client`);
    for (const op of adminOps) {
      const res = await call(client, op);
      expect({ op: operationName(op), status: res.statusCode }).toEqual({ op: operationName(op), status: 403 });
      expect(res.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('let an admin through to the route itself (its answer is not an authorisation refusal)', async () => {
    const admin = clients.get('ADMIN');
    if (!admin) throw new Error('no admin client');
    for (const op of adminOps) {
      const res = await call(admin, op);
      expect({ op: operationName(op), refused: [401, 403].includes(res.statusCode) }).toEqual({
        op: operationName(op),
        refused: false,
      });
    }
  });
});
