// Reads a request's Accept-Encoding: brotli when the client takes it, else gzip, else nothing. An encoding with
// q=0 is refused; `*` stands for any encoding not named.
export type ContentEncoding = 'br' | 'gzip';

const PREFERRED: readonly ContentEncoding[] = ['br', 'gzip'];

export function acceptedEncoding(header: string | string[] | undefined): ContentEncoding | null {
  if (header === undefined) return null;
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  for (const encoding of PREFERRED) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > 0) return encoding;
  }
  return null;
}
