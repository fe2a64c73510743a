// The setup link carries its token in the fragment (`/setup#token=…`), which the browser never sends to a server.
export function setupTokenFrom(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token?.trim() || null;
}
