// What no person types into a form field, found so it can be refused with a reason: a NUL and half of a UTF-16
// surrogate pair anywhere (PostgreSQL cannot store either, and nothing legitimate sends them), and in names and
// addresses also control characters, line separators and bidi overrides (they change how a name reads on a
// reviewer's screen or a printed verification sheet without changing what it says).

export type UnsafeTextReason = 'TEXT_NUL' | 'TEXT_LONE_SURROGATE' | 'TEXT_CONTROL_CHARACTER' | 'TEXT_BIDI_CONTROL';

export interface UnsafeCharacter {
  readonly reason: UnsafeTextReason;
  /** The offending UTF-16 code unit, e.g. 0x202e. */
  readonly codePoint: number;
  /** Where it is in the string (UTF-16 index). */
  readonly index: number;
}

/** `any`: every text field. `line`: names and addresses, one line of visible characters. */
export type TextRule = 'any' | 'line';

// As pattern sources: what these patterns look for are exactly the characters a linter rightly flags in a literal.
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const CONTROL = '\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029';
const DIRECTION = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
const ANY_TEXT = new RegExp(`\\u0000|${LONE_SURROGATE}`);
const LINE_TEXT = new RegExp(`[${CONTROL}${DIRECTION}]|${LONE_SURROGATE}`);
const BIDI = new RegExp(`[${DIRECTION}]`);

function reasonOf(unit: number, char: string): UnsafeTextReason {
  if (unit === 0) return 'TEXT_NUL';
  if (unit >= 0xd800 && unit <= 0xdfff) return 'TEXT_LONE_SURROGATE';
  return BIDI.test(char) ? 'TEXT_BIDI_CONTROL' : 'TEXT_CONTROL_CHARACTER';
}

/** The first character the rule refuses, or null when the text is fine. */
export function findUnsafeCharacter(value: string, rule: TextRule = 'any'): UnsafeCharacter | null {
  const match = (rule === 'line' ? LINE_TEXT : ANY_TEXT).exec(value);
  if (!match) return null;
  const char = match[0];
  const codePoint = char.charCodeAt(0);
  return { reason: reasonOf(codePoint, char), codePoint, index: match.index };
}
