// Which verification-photo methods a stored filing may use: the domain's named checks, fed from the filing's province
// rules (as of the version it was created under) and its websites' principals as stored. The photo step shows them; the curtain request, the app check link and
// submitPhoto refuse a method whose check failed.
import {
  type Check,
  eligiblePhotoMethods,
  type PhotoMethod,
  type ProvinceRules,
  photoMethodChecks,
} from '@beian/domain';
import { readSubject, readWebsites, type StoredPerson } from '../filings/filing-data.ts';

type StoredFiling = { province: string; subjectDraft: unknown; websites: unknown };

/**
 * Each website's principal as a certificate holder, the subject's principal where the website shares it. The filing
 * keeps certificates only as hash and mask; the hash stands in for the number, since the check compares numbers only.
 * A principal not (fully) entered stays in the list with empty values, so it can never make the app check pass.
 */
export function websitePrincipalsOf(row: Pick<StoredFiling, 'subjectDraft' | 'websites'>) {
  const subjectPrincipal = readSubject(row.subjectDraft).principal;
  const holder = (p: StoredPerson | null) => ({ certType: p?.certType ?? '', certNumber: p?.certHash ?? '' });
  return readWebsites(row.websites).map(({ principal }) =>
    holder(principal === null ? null : principal.sameAsSubject ? subjectPrincipal : principal),
  );
}

/** APP_CHECK, PHOTO_POINT and CURTAIN, each passed or failed with its reason. */
export function photoMethodsOf(row: StoredFiling, rules: ProvinceRules): Check[] {
  return photoMethodChecks({ rules, websitePrincipals: websitePrincipalsOf(row) });
}

/** The methods whose check passed. */
export const eligibleMethodsOf = (row: StoredFiling, rules: ProvinceRules): PhotoMethod[] =>
  eligiblePhotoMethods(photoMethodsOf(row, rules));
