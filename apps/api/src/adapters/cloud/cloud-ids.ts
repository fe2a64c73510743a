// Identifiers the simulated cloud hands out: instance ids, auth codes, and public addresses from the documentation
// ranges (RFC 5737), so a demo address can never be someone's real server.
import { randomInt } from 'node:crypto';

const pick = (alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

export const newInstanceId = () => `ins-${pick('abcdefghijklmnopqrstuvwxyz0123456789', 8)}`;

// No 0/O, 1/I/L: the code is read off one screen and typed into another.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const newAuthCode = () => [4, 4, 4].map((n) => pick(CODE_ALPHABET, n)).join('-');
export const normalizeAuthCode = (code: string) => code.trim().toUpperCase();

const TEST_NETS = ['192.0.2', '198.51.100', '203.0.113'];
export const newPublicIp = () => `${TEST_NETS[randomInt(TEST_NETS.length)]}.${randomInt(1, 255)}`;

/** `months` calendar months after `from` (UTC); the day is clamped, so 31 January + 1 month is 28/29 February. */
export function addMonths(from: Date, months: number): Date {
  const d = new Date(from);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}
