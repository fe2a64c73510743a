// The images the second reviewer holds the new photo against: the hand-held-ID photo and the principals' ID images.
// A person filing in their own name uploads their ID as the subject's certificate, so without a principal's ID
// material the subject's certificate stands in.
import { type MaterialKind, PRINCIPAL_ID_KINDS } from '@beian/domain';
import type { ReviewMaterial } from '../filing-fields.ts';

const PRINCIPAL_IDS: readonly MaterialKind[] = PRINCIPAL_ID_KINDS;
const SUBJECT_CERTS: readonly MaterialKind[] = ['SUBJECT_CERT_FRONT', 'SUBJECT_CERT_BACK', 'SUBJECT_CERT_COMBINED'];

export function compareImages(materials: readonly ReviewMaterial[]): ReviewMaterial[] {
  const of = (kinds: readonly MaterialKind[]) => materials.filter((m) => kinds.includes(m.kind));
  const ids = of(PRINCIPAL_IDS);
  return [...of(['HANDHELD_CERT_PHOTO']), ...(ids.length > 0 ? ids : of(SUBJECT_CERTS))];
}
