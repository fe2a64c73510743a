// A NUL or a lone surrogate in any string of any route (path parameter, query parameter, body field, multipart
// field) is a 400 problem naming that field, never a 5xx and never accepted. The table is generated from the OpenAPI
// document, so a route added later is covered without touching this file.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import { actorsFor, type Body, pathValue, sendAsSomeone } from './actors.ts';
import {
  bodyWith,
  type FieldPath,
  multipartOf,
  type Operation,
  operationName,
  operationsOf,
  percentEncoded,
  stringFields,
  urlOf,
} from './openapi.ts';

const t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
afterAll(() => t.close());
const actors = await actorsFor(t);
const operations = await operationsOf(t.app);

type Case = { op: Operation; where: 'path' | 'query' | 'body'; field: FieldPath; named: string };

const cases: Case[] = operations.flatMap((op) => [
  ...op.params.map((p) => ({
    op,
    where: p.in,
    field: [p.name],
    named: `${p.in === 'path' ? 'params' : 'querystring'}.${p.name}`,
  })),
  ...(op.body
    ? stringFields(op.body.schema).map((field) => ({ op, where: 'body' as const, field, named: field.join('.') }))
    : []),
]);

const HOSTILE = [
  ['a NUL', 'ab\u0000c'],
  ['a lone surrogate', 'ab\uD800c'],
] as const;

function request({ op, where, field }: Case, value: string): { url: string; body: Body } {
  const path = Object.fromEntries(
    op.params
      .filter((p) => p.in === 'path')
      .map((p) => [p.name, encodeURIComponent(pathValue(actors, p.name, p.schema.format))]),
  );
  const name = String(field[0]);
  if (where === 'path') return { url: urlOf(op, { ...path, [name]: percentEncoded(value) }), body: undefined };
  if (where === 'query') return { url: urlOf(op, path, { [name]: percentEncoded(value) }), body: undefined };
  if (op.body?.contentType === 'multipart/form-data') {
    return { url: urlOf(op, path), body: multipartOf({ [name]: value }) };
  }
  return { url: urlOf(op, path), body: { json: bodyWith(field, value) } };
}

describe('text that no person types', () => {
  it('is tried on every route the document lists, in each of its strings', () => {
    // A document that lost its schemas would make the table below empty and this file pass for nothing.
    expect(operations.length).toBeGreaterThan(40);
    expect(cases.filter((c) => c.where === 'body').length).toBeGreaterThan(40);
    expect(cases.filter((c) => c.where === 'query').length).toBeGreaterThan(5);
    expect(cases.filter((c) => c.where === 'path').length).toBeGreaterThan(20);
  });

  describe.each(HOSTILE)('%s', (_label, value) => {
    it.each(cases.map((c) => [`${operationName(c.op)} ${c.named}`, c] as const))(
      '%s: 400 naming it',
      async (_name, c) => {
        const { url, body } = request(c, value);
        const res = await sendAsSomeone(actors, c.op, url, body);
        expect(res.statusCode, `${res.role}: ${res.body}`).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        const problem = res.json();
        expect(problem.code).toBe('VALIDATION_FAILED');
        expect(problem.errors).toContainEqual({
          path: c.named,
          message: expect.stringMatching(/NUL character|unpaired surrogate|percent-encoded UTF-8/),
        });
      },
    );
  });
});
