// CSRF tokens bound to a secret the browser holds only in an httpOnly cookie: the session token once signed in, a
// pre-session secret before. The token is derived, so nothing is stored, a new session means a new token, and the
// token of one session is worthless in another.
import { keyedMac, sameToken } from '../../lib/keyed-mac.ts';

export const csrfTokenFor = (secret: string) => keyedMac(secret, 'beian-csrf-v1');

export const csrfTokenMatches = (secret: string, presented: string | undefined): boolean =>
  Boolean(presented) && sameToken(csrfTokenFor(secret), presented);
