// A zod issue worded as a form shows it, in the reader's language. The stock messages would be the contracts'
// English: zod ranks a schema's own message above any error map passed at parse time, so the wording has to be chosen
// from the issue itself.
import type { z } from 'zod';
import { i18n } from '../i18n/i18n.ts';
import type { Messages } from '../i18n/locales/zh-CN/index.ts';

type Issue = z.core.$ZodIssue;
type ValidationKey = `validation.${keyof Messages['validation']}`;

/** Per field (dotted path), the validation.* message for a value of the wrong shape: "BA followed by 13 digits"
 * says more than "not valid" when the contract's pattern is the rule. */
export type FormatMessages = Partial<Record<string, ValidationKey>>;

function isBlank(input: unknown) {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

/** The message for one zod issue, in the current language. Exported for fields that validate outside a form. */
export function issueMessage(issue: Issue, formatMessages: FormatMessages = {}): string {
  const t = i18n.t;
  if (isBlank(issue.input) && issue.code !== 'custom') return t('validation.required');
  const formatKey = formatMessages[issue.path.join('.')];
  if (issue.code === 'invalid_format' && formatKey) return t(formatKey);
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? t('validation.tooShort', { min: Number(issue.minimum) })
        : t('validation.invalid');
    case 'too_big':
      return issue.origin === 'string'
        ? t('validation.tooLong', { max: Number(issue.maximum) })
        : t('validation.invalid');
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    case 'custom': {
      // Domain rules (mobile, certificate, domain) name a stable code in params.reason; word it when we can.
      const reason = issue.params?.reason;
      if (typeof reason === 'string' && i18n.exists(`reasons.${reason}`)) {
        return String(i18n.t(`reasons.${reason}` as 'reasons.MOBILE_FORMAT'));
      }
      // Form-only schemas (never the shared contracts) may name a validation.* key as their message.
      return i18n.exists(issue.message) ? String(i18n.t(issue.message as 'validation.invalid')) : issue.message;
    }
    default:
      return t('validation.invalid');
  }
}
