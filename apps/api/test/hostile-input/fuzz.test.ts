// Every operation of the OpenAPI document, called with parameters and bodies generated from its schemas and then
// mutated (wrong types, unknown fields, hostile text, broken JSON and multipart, odd ids): whatever is sent, the
// answer is never a 5xx, and every refusal is problem+json. Fixed seed, so a failure replays; runs in the normal
// integration suite.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import { actorsFor, type Body, pathValue, sendAsSomeone } from './actors.ts';
import {
  alternatives,
  type JsonSchema,
  multipartOf,
  type Operation,
  operationName,
  operationsOf,
  percentEncoded,
  urlOf,
} from './openapi.ts';

const SEED = 20261201;
const RUNS = 40;

const t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
afterAll(() => t.close());
const actors = await actorsFor(t);
// Signing out would leave the rest of the run anonymous: last.
const operations = (await operationsOf(t.app)).sort(
  (a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')),
);

const nasty = fc.constantFrom(
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\u202E',
  '\u2028',
  '\n',
  '%',
  '%00',
  '\\',
  '"',
  "'",
  '/',
  '..',
  '\u{1F600}',
);
const hostileText = fc.oneof(
  fc.string({
    unit: fc.oneof({ weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }, nasty),
    maxLength: 80,
  }),
  fc.constantFrom('__proto__', 'constructor', "' OR 1=1 --", '../../etc/passwd', '9'.repeat(400), 'a'.repeat(5000), ''),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.constantFrom(null, true, -1, 0, 1e308, -1e308, 2 ** 53 + 1, 1.5, [], {}),
  fc.jsonValue({ maxDepth: 3 }),
);

/** `arbitrary` one time in six, null otherwise. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

/** Values of `schema`, well-formed most of the time, and some node replaced by something hostile now and then. */
function instanceOf(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const alts = alternatives(schema);
  const wellFormed = alts.length > 1 ? fc.oneof(...alts.map((alt) => shapeOf(alt, depth))) : shapeOf(schema, depth);
  return fc.oneof({ weight: 12, arbitrary: wellFormed }, { weight: 1, arbitrary: hostileValue });
}

function shapeOf(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const type = [schema.type ?? 'string'].flat()[0];
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) });
    case 'integer':
      return fc.integer({
        min: schema.minimum ?? (schema.exclusiveMinimum === undefined ? -1000 : schema.exclusiveMinimum + 1),
        max: Math.min(schema.maximum ?? 1000, 1_000_000),
      });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items && depth < 4 ? instanceOf(schema.items, depth + 1) : hostileValue, {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case 'object': {
      const properties = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, child]) => [
          key,
          depth < 6 ? instanceOf(child, depth + 1) : hostileValue,
        ]),
      );
      const record = fc.record(properties, { requiredKeys: schema.required ?? [] });
      const extra = sometimes(fc.dictionary(hostileText, hostileValue, { minKeys: 1, maxKeys: 2 }));
      return fc.tuple(record, extra).map(([known, unknown]) => ({ ...unknown, ...known }));
    }
    default:
      return hostileValue;
  }
}

const text = (schema: JsonSchema) => instanceOf(schema).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));

/** The request's body: JSON from the schema, or JSON that is broken or of another type, or multipart. */
function bodyOf(op: Operation): fc.Arbitrary<Body> {
  if (!op.body)
    return fc.oneof(
      { weight: 5, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.jsonValue().map((json) => ({ json })) },
    );
  if (op.body.contentType === 'multipart/form-data') {
    const { file: _, ...fields } = op.body.schema.properties ?? {};
    const form = fc
      .tuple(
        fc.record(Object.fromEntries(Object.entries(fields).map(([name, schema]) => [name, text(schema)])), {
          requiredKeys: [],
        }),
        fc.uint8Array({ maxLength: 2048 }),
      )
      .map(([values, file]) =>
        multipartOf(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? ''])), Buffer.from(file)),
      );
    const garbage = fc
      .tuple(
        fc.uint8Array({ maxLength: 512 }),
        fc.constantFrom('multipart/form-data', 'multipart/form-data; boundary=x', 'text/plain'),
      )
      .map(([bytes, contentType]) => ({ payload: Buffer.from(bytes), contentType }));
    return fc.oneof({ weight: 4, arbitrary: form }, { weight: 1, arbitrary: garbage });
  }
  const json = instanceOf(op.body.schema).map((value) => ({ json: value }) as Body);
  const broken = fc
    .tuple(
      instanceOf(op.body.schema),
      fc.nat(),
      fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
    )
    .map(([value, cut, contentType]) => {
      const raw = JSON.stringify(value) ?? '';
      return { payload: Buffer.from(raw.slice(0, cut % (raw.length + 1))), contentType };
    });
  return fc.oneof({ weight: 5, arbitrary: json }, { weight: 1, arbitrary: broken });
}

/** The URL: path parameters well-formed, generated or hostile; the documented query and an unknown parameter. */
function urlFor(op: Operation): fc.Arbitrary<string> {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const path = fc.record(
    Object.fromEntries(
      pathParams.map((p) => [
        p.name,
        fc.oneof(
          { weight: 3, arbitrary: fc.constant(pathValue(actors, p.name, p.schema.format)) },
          { weight: 2, arbitrary: text(p.schema) },
        ),
      ]),
    ),
  );
  const query = fc.record(Object.fromEntries(queryParams.map((p) => [p.name, text(p.schema)])), { requiredKeys: [] });
  const unknown = sometimes(fc.tuple(hostileText, hostileText));
  return fc.tuple(path, query, unknown).map(([p, q, extra]) => {
    const encode = (values: Record<string, string | undefined>) =>
      Object.fromEntries(
        Object.entries(values).map(([name, value]) => [percentEncoded(name), percentEncoded(value ?? '')]),
      );
    const searched = extra ? { ...q, [extra[0]]: extra[1] } : q;
    return urlOf(op, encode(p), encode(searched));
  });
}

describe('every operation of the OpenAPI document, fuzzed', () => {
  it('covers the whole document', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations.map((op) => [operationName(op), op] as const))('%s never answers 5xx', async (_name, op) => {
    await fc.assert(
      fc.asyncProperty(urlFor(op), bodyOf(op), async (url, body) => {
        const res = await sendAsSomeone(actors, op, url, body);
        const said = `${op.method} ${url} as ${res.role} → ${res.statusCode} ${res.body.slice(0, 300)}`;
        expect(res.statusCode, said).toBeLessThan(500);
        if (res.statusCode >= 400) expect(res.headers['content-type'], said).toContain('application/problem+json');
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });
});
