// The API as its OpenAPI document describes it, for tests generated from it: every operation with its path, query
// and body, the string fields a body can hold, and requests built from values a test chooses (already the raw bytes
// of the URL or body, so a test can send what no well-behaved client would).
import { randomBytes } from 'node:crypto';
import type { App } from '../../src/app.ts';

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
};

export type Param = { name: string; in: 'path' | 'query'; schema: JsonSchema };
export type Operation = {
  method: string;
  /** As documented, with {name} placeholders. */
  path: string;
  params: Param[];
  body?: { contentType: string; schema: JsonSchema };
};

export const operationName = (op: Operation) => `${op.method} ${op.path}`;

export async function operationsOf(app: App): Promise<Operation[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: Param[];
          requestBody?: { content: Record<string, { schema: JsonSchema }> };
        }
      >
    >;
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const [contentType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      return {
        method: method.toUpperCase(),
        path,
        params: op.parameters ?? [],
        ...(contentType && media ? { body: { contentType, schema: media.schema } } : {}),
      };
    }),
  );
}

export type FieldPath = (string | number)[];

/** The alternatives of a schema (anyOf/oneOf, nested), flattened. */
export const alternatives = (schema: JsonSchema): JsonSchema[] =>
  (schema.anyOf ?? schema.oneOf ?? [schema]).flatMap((s) => (s.anyOf || s.oneOf ? alternatives(s) : [s]));

const types = (schema: JsonSchema) => [schema.type ?? []].flat();

/** Every place a string can sit in a body of this schema, through every alternative (arrays at index 0). */
export function stringFields(schema: JsonSchema, path: FieldPath = []): FieldPath[] {
  const found = alternatives(schema).flatMap((alt): FieldPath[] => {
    if (types(alt).includes('string')) return [path];
    if (alt.properties) {
      return Object.entries(alt.properties).flatMap(([key, child]) => stringFields(child, [...path, key]));
    }
    if (alt.items) return stringFields(alt.items, [...path, 0]);
    return [];
  });
  const seen = new Set<string>();
  return found.filter((p) => !seen.has(p.join('.')) && seen.add(p.join('.')));
}

/** The smallest body that holds `value` at `path` (the field's parents only). */
export function bodyWith(path: FieldPath, value: unknown): unknown {
  return path.reduceRight<unknown>((inner, key) => (typeof key === 'number' ? [inner] : { [key]: inner }), value);
}

/** The URL of `op` with the path parameters and query given as raw (already percent-encoded) text. */
export function urlOf(op: Operation, path: Record<string, string>, query: Record<string, string> = {}): string {
  const pathname = op.path.replace(/\{(\w+)\}/g, (_whole, name: string) => path[name] ?? 'x');
  const search = Object.entries(query)
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return search ? `${pathname}?${search}` : pathname;
}

/** The raw URL bytes of text that may hold a lone surrogate (which encodeURIComponent refuses): WTF-8. */
export function percentEncoded(text: string): string {
  let out = '';
  for (const char of text) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out +=
        `%${(0xe0 | (unit >> 12)).toString(16)}%${(0x80 | ((unit >> 6) & 0x3f)).toString(16)}%${(0x80 | (unit & 0x3f)).toString(16)}`.toUpperCase();
    } else out += encodeURIComponent(char);
  }
  return out;
}

/**
 * A multipart/form-data body. Each field is sent as UTF-16LE text (charset=utf-16le), which, unlike UTF-8, can carry
 * a lone surrogate to the server as it is; the file follows.
 */
export function multipartOf(fields: Record<string, string>, file: Buffer = Buffer.from('%PDF-1.4\n%%EOF\n')) {
  const boundary = `----beian${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\nContent-Type: text/plain; charset=utf-16le\r\n\r\n`,
      ),
      Buffer.from(value, 'utf16le'),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="f.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
