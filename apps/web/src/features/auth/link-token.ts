// The emailed links carry their token in the fragment (`#token=…`), which the browser never sends to a server.
export function linkTokenFrom(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token?.trim() || null;
}
