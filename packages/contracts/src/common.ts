// Shared building blocks for request and response schemas: every string is trimmed and bounded, and refuses what no
// person types (a NUL, half of a surrogate pair); names and addresses are also one line of visible text.
import { findUnsafeCharacter, type TextRule, type UnsafeCharacter, type UnsafeTextReason } from '@beian/domain';
import { z } from 'zod';
import { LOCALES } from './locales.ts';

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

const UNSAFE_TEXT: Record<UnsafeTextReason, (c: string) => string> = {
  TEXT_NUL: () => 'a NUL character (U+0000), which text may not hold',
  TEXT_LONE_SURROGATE: (c) => `half of a character (the unpaired surrogate ${c}): the text was damaged on its way`,
  TEXT_CONTROL_CHARACTER: (c) => `the control character ${c}; names and addresses are one line of visible text`,
  TEXT_BIDI_CONTROL: (c) => `the direction control ${c}, which changes how the text reads without changing it`,
};

/** What the API says about a refused character; the web words it from `reason` instead. */
export function unsafeTextMessage(found: UnsafeCharacter): string {
  return `Contains ${UNSAFE_TEXT[found.reason](hex(found.codePoint))} (at character ${found.index + 1}).`;
}

/** A zod check for `rule` that names the reason in params.reason, as the domain's other rules do. */
export const safeText =
  (rule: TextRule) =>
  (value: string, ctx: z.RefinementCtx): void => {
    const found = findUnsafeCharacter(value, rule);
    if (found) ctx.addIssue({ code: 'custom', message: unsafeTextMessage(found), params: { reason: found.reason } });
  };

/** Any text: trimmed, at most `max` characters, possibly empty. */
export const trimmed = (max: number) => z.string().trim().max(max).superRefine(safeText('any'));
/** Any text: trimmed, 1 to `max` characters. */
export const nonEmpty = (max: number) => z.string().trim().min(1).max(max).superRefine(safeText('any'));
/** A name or an address as `trimmed`, one line with no control characters or direction overrides. */
export const trimmedLine = (max: number) => z.string().trim().max(max).superRefine(safeText('line'));
/** A name or an address as `nonEmpty`, one line with no control characters or direction overrides. */
export const nonEmptyLine = (max: number) => z.string().trim().min(1).max(max).superRefine(safeText('line'));
/** Text taken as typed (a password): not trimmed, but still free of what no person types. */
export const verbatim = (min: number, max: number) => z.string().min(min).max(max).superRefine(safeText('any'));

export const ROLES = ['APPLICANT', 'REVIEWER', 'ADMIN', 'OPERATOR'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;
/** The roles that claim filings in review: an administrator reviews too (docs/decisions/030). */
export const REVIEWING_ROLES = ['REVIEWER', 'ADMIN'] as const satisfies readonly Role[];
export const reviewsFilings = (role: Role): boolean => (REVIEWING_ROLES as readonly Role[]).includes(role);

export const LocaleSchema = z.enum(LOCALES);
