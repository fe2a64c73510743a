// What one version changed from the one before, field by field, for the history and the audit row: the province
// rules as `44.bureauReviewWorkingDays: 20 → 30`, the suffix list as the suffixes added and removed.
import type { RuleChange } from '@beian/contracts';
import { PROVINCES, type ProvinceRules, type SuffixList } from '@beian/domain';
import type { ProvinceRuleData } from './rule-set-data.ts';

const FIELDS: readonly { name: string; of: (rules: ProvinceRules | undefined) => unknown }[] = [
  { name: 'verificationSheet.fingerprint', of: (r) => r?.verificationSheet.fingerprint ?? null },
  {
    name: 'verificationSheet.handwrittenPledge',
    of: (r) => {
      const pledge = r?.verificationSheet.handwrittenPledge;
      return pledge ? { text: pledge.text, appliesTo: [...pledge.appliesTo].sort() } : null;
    },
  },
  { name: 'appCheckEligible', of: (r) => r?.appCheckEligible ?? null },
  { name: 'bureauReviewWorkingDays', of: (r) => r?.bureauReviewWorkingDays ?? null },
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every changed field in province order; empty when nothing changed. */
export function provinceRuleChanges(before: ProvinceRuleData | null, after: ProvinceRuleData): RuleChange[] {
  const changes: RuleChange[] = [];
  if (before === null) return changes;
  for (const { code } of PROVINCES) {
    for (const field of FIELDS) {
      const was = field.of(before[code]);
      const is = field.of(after[code]);
      if (!same(was, is)) changes.push({ field: `${code}.${field.name}`, before: was, after: is });
    }
  }
  return changes;
}

export type SuffixChanges = { added: string[]; removed: string[]; previousAsOf: string | null };

export function suffixChanges(before: SuffixList | null, after: SuffixList): SuffixChanges {
  if (before === null) return { added: [], removed: [], previousAsOf: null };
  const was = new Set(before.suffixes);
  const is = new Set(after.suffixes);
  return {
    added: after.suffixes.filter((s) => !was.has(s)),
    removed: before.suffixes.filter((s) => !is.has(s)),
    previousAsOf: before.asOf,
  };
}
