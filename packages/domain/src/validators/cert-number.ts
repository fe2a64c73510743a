// Certificate numbers checked by type (national-standard checksums where one exists, format rules otherwise), and
// the masked form shown in the UI and logs.
import type { Day } from '../calendar/shanghai-time.ts';
import { fail, ok, type Result } from '../result.ts';
import { type CertNumberRule, certTypeInfo } from './cert-types.ts';
import { isValidOrgCode } from './org-code.ts';
import { isValidResidentId, residentIdCheckChar } from './resident-id.ts';
import { isValidUscc } from './uscc.ts';

// Format rules for documents without a public checksum: wide enough for every issue still in circulation.
const FORMATS: Partial<Record<CertNumberRule, RegExp>> = {
  PASSPORT: /^[A-Z0-9]{5,17}$/,
  HK_MACAO_PERMIT: /^[HM]\d{8}(?:\d{2})?$/, // H12345678 since 2013, H1234567890 before
  TAIWAN_PERMIT: /^\d{8}(?:\d{2})?$/,
  MILITARY_ID: /^(?:\p{Script=Han}{1,4}字第\d{4,10}号|[A-Z0-9]{6,20})$/u,
};

// The 2023 card has 18 characters starting with 9 and a GB 11643 check character; the 2017 card 3 letters + 12 digits.
function foreignPermanentResident(number: string): Result<string> {
  if (/^[A-Z]{3}\d{12}$/.test(number)) return ok(number);
  if (!/^9\d{16}[\dX]$/.test(number)) return fail('CERT_NUMBER_FORMAT');
  return residentIdCheckChar(number) === number[17] ? ok(number) : fail('CERT_NUMBER_CHECKSUM');
}

const carry = <T>(result: Result<T>, value: (v: T) => string): Result<string> =>
  result.ok ? ok(value(result.value), result.warnings) : result;

/** The normalised number (trimmed, upper case) when valid for the type; warnings pass through (USCC_CHECKSUM). */
export function isValidCertNumber(type: string, input: string, options: { today: Day }): Result<string> {
  const info = certTypeInfo(type);
  if (!info) return fail('CERT_TYPE_UNKNOWN');
  const number = input.trim().toUpperCase().replace(/\s+/g, '');
  if (number === '') return fail('CERT_NUMBER_EMPTY');
  switch (info.rule) {
    case 'GB11643':
      return carry(isValidResidentId(number, options), (v) => v.id);
    case 'RESIDENCE_PERMIT':
      return carry(isValidResidentId(number, { ...options, residencePermit: true }), (v) => v.id);
    case 'GB32100':
      return carry(isValidUscc(number), (v) => v.code);
    case 'GB11714':
      return isValidOrgCode(number);
    case 'FOREIGN_PERMANENT_RESIDENT':
      return foreignPermanentResident(number);
    default:
      return FORMATS[info.rule]?.test(number) ? ok(number) : fail('CERT_NUMBER_FORMAT');
  }
}

/**
 * `440305199001011234` → `4403**********1234`. Shorter numbers show less (a quarter at each end, at most 4) so
 * that a masked passport number does not give itself away.
 */
export function maskCertNumber(input: string): string {
  const chars = [...input.trim()];
  const visible = Math.min(4, Math.floor(chars.length / 4));
  const hidden = chars.length - 2 * visible;
  return chars.slice(0, visible).join('') + '*'.repeat(hidden) + chars.slice(chars.length - visible).join('');
}
