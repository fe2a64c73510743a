// Who the Shanghai app check is about: the one principal every website shares (the eligibility check makes sure there
// is exactly one), as the filing stored them, and whether the filing may use the app check at all.
import type { ProvinceRules } from '@beian/domain';
import { readSubject, readWebsites, type StoredPerson } from '../filings/filing-data.ts';
import { eligibleMethodsOf } from '../photo/photo-methods.ts';

type Row = { province: string; subjectDraft: unknown; websites: unknown };

export const appCheckEligible = (row: Row, rules: ProvinceRules): boolean =>
  eligibleMethodsOf(row, rules).includes('APP_CHECK');

/** The first website's principal (the subject's where it shares it); on an eligible filing, every website's. */
export function sharedPrincipalOf(row: Pick<Row, 'subjectDraft' | 'websites'>): StoredPerson | null {
  const [first] = readWebsites(row.websites);
  const principal = first?.principal ?? null;
  if (principal === null) return null;
  return principal.sameAsSubject ? readSubject(row.subjectDraft).principal : principal;
}

/** 赵强 → 赵*: enough for the principal to recognise the check as theirs, too little to tell anyone else who it is. */
export function maskedName(name: string | null): string {
  const [first = '', ...rest] = [...(name ?? '').trim()];
  return first + '*'.repeat(Math.max(rest.length, 1));
}
