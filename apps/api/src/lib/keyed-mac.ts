// Keyed hashes under a label, so one secret serves many purposes without one purpose's hash standing in for
// another's, and the constant-time comparison every presented token needs.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 of `value` under `label`, keyed with `secret`. */
export const keyedMac = (secret: string, label: string, value = '', encoding: 'base64url' | 'hex' = 'base64url') =>
  createHmac('sha256', secret).update(`${label}\0${value}`).digest(encoding);

/** Whether a presented token equals the expected one, in time that does not depend on where they differ. */
export function sameToken(expected: string, presented: string | undefined): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}
