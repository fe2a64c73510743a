// The app's one validator compiler. Before a route's own schema, every string of the input (body, query, params,
// headers; names of fields included) is checked for what no person types and PostgreSQL cannot store: a NUL, half
// of a surrogate pair, and (in the query) percent-encoding that is not UTF-8. Any route, present or future, refuses
// them with a 400 naming the field, even where its schema takes a bare z.string().
// A path parameter that passes that check but not the route's schema (an id that is no id) names no record: the
// address is answered 404 like one naming a missing record, so a mistyped link is a not-found page, not a form error.
import { unsafeTextMessage } from '@beian/contracts';
import { findUnsafeCharacter } from '@beian/domain';
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFoundError } from '../lib/app-error.ts';
import { MALFORMED_PERCENT_ENCODING, MALFORMED_QUERY } from './query-string.ts';

type Path = (string | number)[];
export type UnsafeText = { path: Path; message: string; reason: string };

/** Every unsafe string in `input`, with where it is. Iterative: a deeply nested body must not overflow the stack. */
export function findUnsafeText(input: unknown): UnsafeText[] {
  const found: UnsafeText[] = [];
  const pending: { value: unknown; path: Path }[] = [{ value: input, path: [] }];
  const check = (text: string, path: Path, isName = false) => {
    const unsafe = findUnsafeCharacter(text);
    if (!unsafe) return;
    const message = unsafeTextMessage(unsafe);
    found.push({ path, message: isName ? `Its name c${message.slice(1)}` : message, reason: unsafe.reason });
  };
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') check(value, path);
    else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) pending.push({ value: item, path: [...path, i] });
    } else if (value !== null && typeof value === 'object') {
      for (const key of (value as { [MALFORMED_QUERY]?: string[] })[MALFORMED_QUERY] ?? []) {
        found.push({ path: [...path, key], message: MALFORMED_PERCENT_ENCODING, reason: 'TEXT_LONE_SURROGATE' });
      }
      for (const [key, item] of Object.entries(value)) {
        check(key, [...path, key], true);
        pending.push({ value: item, path: [...path, key] });
      }
    }
  }
  return found;
}

const SafeInput = z.unknown().superRefine((input, ctx) => {
  for (const { path, message, reason } of findUnsafeText(input)) {
    ctx.addIssue({ code: 'custom', path, message, params: { reason } });
  }
});

/** `The id "not-a-real-id"` for the first parameter the route's schema refused. */
function refusedParam(data: unknown, issues: readonly FastifySchemaValidationError[]): string {
  const name = issues[0]?.instancePath.replace(/^\//, '').split('/')[0] ?? '';
  const value = name ? (data as Record<string, unknown> | null)?.[name] : undefined;
  return name && typeof value === 'string' ? `The ${name} "${value}"` : 'The address';
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const validate = zodValidatorCompiler({ ...route, schema: SafeInput.pipe(route.schema) });
  if (route.httpPart !== 'params') return validate;
  return (data) => {
    // The zod compiler answers its issues as an array, which Fastify turns into the 400 validation error.
    const result = validate(data) as { error?: FastifySchemaValidationError[]; value?: unknown };
    if (!result.error || findUnsafeText(data).length > 0) return result;
    return { error: new NotFoundError(refusedParam(data, result.error)) };
  };
};
