// The MIIT-approved domain suffix list (versioned data with an as-of date; admins may replace it) and the check
// against it. Approval is granted per top-level domain, so a public suffix passes when it is listed itself
// (com.cn, bj.cn) or when its top-level label is (ac.cn passes because cn is approved).
import suffixData from '../../data/miit-suffixes.json' with { type: 'json' };
import type { Day } from '../calendar/shanghai-time.ts';
import { fail, ok, type Result } from '../result.ts';
import { hostToAscii } from './punycode.ts';

export interface SuffixList {
  readonly asOf: Day;
  /** ASCII, lower case, no leading dot: `com`, `com.cn`, `xn--fiqs8s`. */
  readonly suffixes: readonly string[];
}

export const MIIT_SUFFIXES: SuffixList = { asOf: suffixData.asOf, suffixes: suffixData.suffixes };

/** `.中国`, `中国` and `XN--FIQS8S` all become `xn--fiqs8s`; null when it cannot be a suffix. */
export function normalizeSuffix(suffix: string): string | null {
  const bare = suffix.trim().toLowerCase().replace(/^\./, '');
  if (bare === '') return null;
  const ascii = hostToAscii(`x.${bare}`);
  return ascii?.startsWith('x.') ? ascii.slice(2) : null;
}

/** Passes with the list entry that matched (the suffix itself, or its top-level label). */
export function isFileableSuffix(suffix: string, list: readonly string[] = MIIT_SUFFIXES.suffixes): Result<string> {
  const normalized = normalizeSuffix(suffix);
  if (normalized === null) return fail('DOMAIN_SUFFIX_NOT_APPROVED');
  const approved = new Set(list.map(normalizeSuffix));
  const tld = normalized.slice(normalized.lastIndexOf('.') + 1);
  if (approved.has(normalized)) return ok(normalized);
  return approved.has(tld) ? ok(tld) : fail('DOMAIN_SUFFIX_NOT_APPROVED');
}
