// Organisation codes (GB 11714): nine characters, the last a mod-11 check character. They form characters 9–17 of a
// unified social credit code and still appear on legacy organisation code certificates.
import { fail, ok, type Result } from '../result.ts';

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function orgCodeCheckChar(first8: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * ALPHABET.indexOf(first8[i] ?? ''), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Accepts `12345678-9` or `123456789`; returns the code without the hyphen. */
export function isValidOrgCode(input: string): Result<string> {
  const code = input.trim().toUpperCase().replace('-', '');
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(code)) return fail('ORG_CODE_FORMAT');
  return orgCodeCheckChar(code) === code[8] ? ok(code) : fail('ORG_CODE_CHECKSUM');
}
