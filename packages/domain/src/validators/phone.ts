// A photo point's public telephone number: a mainland mobile, a landline with its area code (010-12345678,
// 0755-8632 9071, an extension after 转), or a nationwide service number (400-810-9999, 800…). A landline without
// its area code is refused: applicants come from other cities and would dial a number that does not exist.
import { fail, ok, type Result } from '../result.ts';

/** A mobile, a landline with its area code, or a nationwide 400/800 service number. */
export const PHONE_KINDS = ['MOBILE', 'LANDLINE', 'SERVICE'] as const;
export type PhoneKind = (typeof PHONE_KINDS)[number];

export type PhoneReason = 'PHONE_EMPTY' | 'PHONE_FORMAT' | 'PHONE_AREA_CODE_MISSING';

export interface PhoneNumber {
  readonly kind: PhoneKind;
  /** Digits only, with the area code and no extension, e.g. 075586329071. */
  readonly digits: string;
}

// Separators people type inside a number: spaces and hyphens (ASCII and full-width), dots.
const SEPARATORS = /[\s\-－—.]/g;
// 010 and 02x have two digits after the 0; every other area code has three (0311, 0755, 0991).
const AREA_CODE = /^(?:010|02\d|0[3-9]\d{2})$/;

/** Accepts `input` as a mainland number a caller can dial from anywhere in the country. */
export function validatePhone(input: string): Result<PhoneNumber> {
  const text = input.trim();
  if (text === '') return fail('PHONE_EMPTY');
  // An extension ("转 123", "ext. 123") belongs to landlines only.
  const [, main = text, extension] = /^(.*?)(?:\s*(?:转|ext\.?|x|#)\s*(\d{1,6}))?$/i.exec(text) ?? [];
  // (010) 1234 5678 and +86 prefixes are fine; the country code is dropped.
  const compact = main
    .replace(/^\(?(0\d{2,3})\)/, '$1-')
    .replace(/^(?:\+86|0086)[\s-]?/, '')
    .trim();
  if (!/^[\d\s\-－—.]+$/.test(compact)) return fail('PHONE_FORMAT');
  const digits = compact.replace(SEPARATORS, '');

  if (extension === undefined && /^1[3-9]\d{9}$/.test(digits)) return ok({ kind: 'MOBILE', digits });
  if (extension === undefined && /^[48]00\d{7}$/.test(digits)) return ok({ kind: 'SERVICE', digits });
  if (!digits.startsWith('0')) {
    // Seven or eight digits of a local number, typed without the area code.
    return /^[1-9]\d{6,7}$/.test(digits) ? fail('PHONE_AREA_CODE_MISSING') : fail('PHONE_FORMAT');
  }
  // The area code is whatever comes before the first separator, or, without one, the known code lengths.
  const typedArea = /^(0\d{2,3})[\s\-－—.]/.exec(compact)?.[1];
  const candidates = typedArea ? [typedArea] : [digits.slice(0, 3), digits.slice(0, 4)];
  for (const area of candidates) {
    if (!AREA_CODE.test(area)) continue;
    const local = digits.slice(area.length);
    // Local numbers never start with 0; big cities (3-digit codes) have eight digits, the rest seven or eight.
    const length = area.length === 3 ? /^[1-9]\d{7}$/ : /^[1-9]\d{6,7}$/;
    if (length.test(local)) return ok({ kind: 'LANDLINE', digits });
  }
  return fail('PHONE_FORMAT');
}
