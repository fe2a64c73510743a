// A path parameter that cannot name a record (an id that is no id, or one longer than any id) is a wrong address:
// 404 NOT_FOUND like a record that does not exist, never a 400 "check the marked fields" with nothing to mark. The
// table is generated from the OpenAPI document, so a route added later is covered without touching this file.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import { actorsFor, pathValue, sendAsSomeone } from './actors.ts';
import { type Operation, operationName, operationsOf, urlOf } from './openapi.ts';

const t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
afterAll(() => t.close());
const actors = await actorsFor(t);
const operations = await operationsOf(t.app);

type Case = { op: Operation; name: string };
const cases: Case[] = operations.flatMap((op) =>
  op.params.filter((p) => p.in === 'path').map((p) => ({ op, name: p.name })),
);

/** The operation's URL with `name` set to `value` and every other path parameter well-formed. */
function urlWith({ op, name }: Case, value: string): string {
  const path = Object.fromEntries(
    op.params
      .filter((p) => p.in === 'path')
      .map((p) => [p.name, encodeURIComponent(p.name === name ? value : pathValue(actors, p.name, p.schema.format))]),
  );
  return urlOf(op, path);
}

describe('a path parameter that names no record', () => {
  it('is tried on every route with one', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  describe.each([
    ['that is no id', 'not-a-real-id'],
    ['longer than any id', 'a'.repeat(101)],
  ])('%s', (_label, value) => {
    it.each(cases.map((c) => [`${operationName(c.op)} ${c.name}`, c] as const))('%s: 404 NOT_FOUND', async (_n, c) => {
      const res = await sendAsSomeone(actors, c.op, urlWith(c, value), undefined);
      expect(res.statusCode, `${res.role}: ${res.body}`).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
      expect(res.json().errors).toBeUndefined();
    });
  });

  it('is answered with the same code as a missing filing, naming what was asked for', async () => {
    const [applicant] = actors.clients;
    const missing = await applicant?.client.get('/api/filings/00000000-0000-4000-8000-000000000000');
    const malformed = await applicant?.client.get('/api/filings/not-a-real-id/materials');
    expect(missing?.json().code).toBe('NOT_FOUND');
    expect(malformed?.statusCode).toBe(404);
    expect(malformed?.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'The id "not-a-real-id" was not found.' });
  });
});
