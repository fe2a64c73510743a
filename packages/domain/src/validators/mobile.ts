// Mainland mobile numbers, normalised, and refused when MIIT's 12381 verification texts do not reach the range.
import { fail, ok, type Result } from '../result.ts';

/**
 * Ranges MIIT's verification SMS is known not to reach: IoT / data-only numbers (140–144, 146, 148) and the
 * virtual-operator ranges (162, 165, 167, 170, 171) that applicants report as never receiving the code.
 * Prefixes of any length match, so a deployment can block e.g. '1700' only.
 */
export const DEFAULT_UNTEXTABLE_PREFIXES: readonly string[] = [
  '140',
  '141',
  '142',
  '143',
  '144',
  '146',
  '148',
  '162',
  '165',
  '167',
  '170',
  '171',
];

export interface MobileNumber {
  /** 11 digits, no country code. */
  readonly mobile: string;
  readonly e164: string;
}

export function isValidMainlandMobile(
  input: string,
  { blockedPrefixes = DEFAULT_UNTEXTABLE_PREFIXES }: { blockedPrefixes?: readonly string[] } = {},
): Result<MobileNumber> {
  const compact = input.trim().replace(/[\s\-()]/g, '');
  const mobile = compact.replace(/^(?:\+86|0086|86)(?=\d{11}$)/, '');
  if (!/^1[3-9]\d{9}$/.test(mobile)) return fail('MOBILE_FORMAT');
  if (blockedPrefixes.some((prefix) => mobile.startsWith(prefix))) return fail('MOBILE_NOT_TEXTABLE');
  return ok({ mobile, e164: `+86${mobile}` });
}
