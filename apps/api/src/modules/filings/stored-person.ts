// Turning what an applicant typed for a person into what is stored: the certificate number only as keyed hash and
// mask (with the type it was valid for), and mobiles compared by the number they dial, not by how they were typed.
import { checkCertificate, type Day, isValidMainlandMobile } from '@beian/domain';
import type { CertHasher } from '../../lib/cert-hash.ts';
import type { StoredPerson } from './filing-data.ts';

/** `certNumber` left out keeps the stored one; an empty one clears it. Needs the person's (new) certificate type. */
export function withCertificate(
  person: StoredPerson,
  certNumber: string | undefined,
  certHasher: CertHasher,
  today: Day,
): StoredPerson {
  if (certNumber === undefined) return person;
  if (certNumber === '')
    return { ...person, certHash: null, certMasked: null, certValidFor: null, certEndingMac: null };
  const valid = person.certType !== null && checkCertificate(person.certType, certNumber, { today }).status !== 'fail';
  return {
    ...person,
    certHash: certHasher.hash(certNumber),
    certMasked: certHasher.mask(certNumber),
    certEndingMac: certHasher.ending(certNumber),
    certValidFor: valid ? person.certType : null,
  };
}

/** The 11-digit number when it is one (blocked ranges included), else the text as typed. */
export function dialledMobile(mobile: string | null): string | null {
  if (mobile === null) return null;
  const parsed = isValidMainlandMobile(mobile, { blockedPrefixes: [] });
  return parsed.ok ? parsed.value.mobile : mobile;
}

/** Names as the registry and applicants write them differ in spacing and the middle dot of minority names only. */
export function samePersonName(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[\s·•・.]/g, '').toLowerCase();
  return norm(a) === norm(b);
}
