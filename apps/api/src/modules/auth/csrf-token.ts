// CSRF tokens bound to a secret the browser holds only in an httpOnly cookie: the session token once signed in, a
// pre-session secret before. The token is derived, so nothing is stored, a new session means a new token, and the
// token of one session is worthless in another.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const csrfTokenFor = (secret: string) =>
  createHmac('sha256', secret).update('beian-csrf-v1').digest('base64url');

export function csrfTokenMatches(secret: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(csrfTokenFor(secret));
  const actual = Buffer.from(presented);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
