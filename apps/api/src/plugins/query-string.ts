// The query-string parser: Fastify's own keeps a value whose percent-encoding is not UTF-8 (the bytes of a lone
// surrogate, %ED%A0%80, or a stray %FF) as the raw text, which a route would then read as a real filter. This one
// keeps it too but lists its parameter under MALFORMED_QUERY, so validation refuses it and names the parameter.

export const MALFORMED_QUERY = Symbol('malformed query parameters');

export type ParsedQuery = Record<string, string | string[]> & { [MALFORMED_QUERY]?: string[] };

/** What a value whose percent-encoding cannot be read is told, wherever in the address it is. */
export const MALFORMED_PERCENT_ENCODING =
  'Is not valid percent-encoded UTF-8 (a broken character, such as the bytes of a lone surrogate).';

/** The decoded text, or null when its percent-encoding is not UTF-8. */
export function percentDecoded(text: string): string | null {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

export function parseQueryString(text: string): ParsedQuery {
  // No prototype: a parameter named __proto__ or constructor is just a parameter.
  const query = Object.create(null) as ParsedQuery;
  const malformed: string[] = [];
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    const key = percentDecoded(rawKey);
    const value = percentDecoded(rawValue);
    const name = key ?? rawKey;
    if (key === null || value === null) malformed.push(name);
    const previous = query[name];
    const next = value ?? rawValue;
    if (previous === undefined) query[name] = next;
    else if (Array.isArray(previous)) previous.push(next);
    else query[name] = [previous, next];
  }
  if (malformed.length > 0) query[MALFORMED_QUERY] = malformed;
  return query;
}
