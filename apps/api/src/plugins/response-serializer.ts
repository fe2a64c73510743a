// Every answer is checked and stripped by its route's response schema before it is written as JSON: it is what keeps
// fields a view must not show out of the answer (docs/decisions/032). fastify-type-provider-zod's serializer runs the
// schema backwards (zod's encode), which zod does without its compiled fast path: a page of 50 queue rows took 63 µs
// to encode against 16 µs to parse. A schema with nothing that runs differently backwards (no codec, transform,
// default or catch anywhere in it) gives the same answer either way, so it is parsed; any other is encoded, as before.
// A kept answer, frozen whole and handed out to many requests, is checked and written once (decision 056).
import { ResponseSerializationError, serializerCompiler } from 'fastify-type-provider-zod';
import { $ZodType, safeParse } from 'zod/v4/core';
import { isKeptAnswer } from '../lib/kept-answer.ts';

/** Schema types whose own step is the same in both directions; their inner schemas are looked at in turn. */
const SAME_BOTH_WAYS = new Set([
  'string',
  'number',
  'boolean',
  'bigint',
  'symbol',
  'null',
  'undefined',
  'void',
  'never',
  'any',
  'unknown',
  'date',
  'nan',
  'literal',
  'enum',
  'template_literal',
  'custom',
  'object',
  'array',
  'optional',
  'nullable',
  'readonly',
  'nonoptional',
  'union',
  'intersection',
  'record',
  'tuple',
]);

type Def = { type: string } & Record<string, unknown>;

const isSchema = (value: unknown): value is $ZodType => value instanceof $ZodType;

/** The schemas a schema holds (an object's fields, an array's element, a wrapper's inner schema…). */
function innerSchemas(def: Def): $ZodType[] {
  const inner: unknown[] = [def.element, def.innerType, def.left, def.right, def.keyType, def.valueType];
  inner.push(def.catchall, def.rest);
  if (def.shape && typeof def.shape === 'object') inner.push(...Object.values(def.shape));
  for (const list of [def.options, def.items]) if (Array.isArray(list)) inner.push(...list);
  return inner.filter(isSchema);
}

/** Whether parsing `schema` answers exactly what encoding it would. */
export function parsesAsItEncodes(schema: $ZodType, seen = new Set<$ZodType>()): boolean {
  if (seen.has(schema)) return true;
  seen.add(schema);
  const def = schema._zod.def as unknown as Def;
  // A pipe of checks alone (`z.string().trim().pipe(z.email())`) checks both sides in either order; a codec is a
  // pipe with its two conversions, and a transform is a step of its own, which encoding refuses.
  if (def.type === 'pipe' && !('transform' in def))
    return [def.in, def.out].every((s) => isSchema(s) && parsesAsItEncodes(s, seen));
  if (!SAME_BOTH_WAYS.has(def.type)) return false;
  return innerSchemas(def).every((inner) => parsesAsItEncodes(inner, seen));
}

type SerializerInput = Parameters<typeof serializerCompiler>[0];

/** The route's checking serializer, parsing where it may. */
function checkingSerializer(input: SerializerInput): (data: unknown) => string {
  const { schema, method, url } = input;
  if (!isSchema(schema) || !parsesAsItEncodes(schema)) return serializerCompiler(input);
  return (data) => {
    const result = safeParse(schema, data);
    if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
    return JSON.stringify(result.data);
  };
}

/**
 * Checks and writes each answer; a kept answer (lib/kept-answer.ts, frozen whole) is checked and written once per
 * route and schema, and its JSON written again after that.
 */
export function responseSerializer(input: SerializerInput): (data: unknown) => string {
  const serialize = checkingSerializer(input);
  const written = new WeakMap<object, string>();
  return (data) => {
    if (!isKeptAnswer(data)) return serialize(data);
    let json = written.get(data);
    if (json === undefined) {
      json = serialize(data);
      written.set(data, json);
    }
    return json;
  };
}
