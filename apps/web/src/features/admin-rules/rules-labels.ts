// The words for rules as the page shows them: a province's sheet requirements, and the values of one changed field.
import type { ProvinceRulesView, RuleChange } from '@beian/contracts';
import type { TFunction } from 'i18next';
import { listOf } from '../../i18n/list.ts';
import { provinceName } from '../../lib/filing-labels.ts';

const natureList = (t: TFunction, natures: readonly string[]) =>
  listOf(natures.map((n) => t(`filing.natures.${n}` as 'filing.natures.PERSONAL')));

/** 签字 · 按手印 · 手抄承诺（个人）: what the printed sheet asks of a personal filer beyond the organisation's seal. */
export function sheetSummary(t: TFunction, rules: ProvinceRulesView): string {
  const { fingerprint, handwrittenPledge } = rules.verificationSheet;
  return [
    t('adminRules.provinces.signatureOnly'),
    ...(fingerprint ? [t('adminRules.provinces.fingerprint')] : []),
    ...(handwrittenPledge
      ? [t('adminRules.provinces.pledge', { natures: natureList(t, handwrittenPledge.appliesTo) })]
      : []),
  ].join(' · ');
}

const FIELD_KEYS = {
  'verificationSheet.fingerprint': 'fingerprint',
  'verificationSheet.handwrittenPledge': 'handwrittenPledge',
  appCheckEligible: 'appCheckEligible',
  bureauReviewWorkingDays: 'bureauReviewWorkingDays',
} as const;

function valueText(t: TFunction, value: unknown): string {
  if (value === true) return t('adminRules.history.yes');
  if (value === false) return t('adminRules.history.no');
  if (value === null || value === undefined) return t('adminRules.history.none');
  if (typeof value === 'object' && 'appliesTo' in value && Array.isArray(value.appliesTo)) {
    return t('adminRules.history.pledgeValue', { natures: natureList(t, value.appliesTo) });
  }
  return String(value);
}

/** 广东 · 审核时限（工作日）：20 → 25 */
export function changeText(t: TFunction, language: string, change: RuleChange): string {
  const dot = change.field.indexOf('.');
  const code = change.field.slice(0, dot);
  const field = change.field.slice(dot + 1);
  const key = FIELD_KEYS[field as keyof typeof FIELD_KEYS];
  return t('adminRules.history.change', {
    province: provinceName(code, language),
    field: key ? t(`adminRules.history.fields.${key}`) : field,
    before: valueText(t, change.before),
    after: valueText(t, change.after),
  });
}
