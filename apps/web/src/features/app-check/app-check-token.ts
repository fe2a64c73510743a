// The link's token lives in the address's fragment (`#token=…`), which the browser never sends to the server.
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim() ?? '';
  return /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}
