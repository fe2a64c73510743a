// What a reviewer checks on each kind of material. The verification sheet's items are the province's requirements
// as the API reports them (signature everywhere; fingerprint in Xinjiang and Jiangxi; Guangdong's handwritten
// pledge for personal filers; seal and blank date for organisations).
import type { MaterialKind } from '@beian/domain';

export const CHECK_ITEMS = [
  'LEGIBLE',
  'MATCHES_ENTERED',
  'VALID',
  'FACE_MATCHES',
  'SIGNATURE',
  'FINGERPRINT',
  'HANDWRITTEN_PLEDGE',
  'SEAL',
  'DATE_BLANK',
] as const;
export type CheckItem = (typeof CHECK_ITEMS)[number];

const isCheckItem = (code: string): code is CheckItem => (CHECK_ITEMS as readonly string[]).includes(code);

/** `sheetRequirements` are the province's codes for the sheet; a code this build has no words for is left out. */
export function checklistFor(kind: MaterialKind, sheetRequirements: readonly string[]): CheckItem[] {
  if (kind === 'VERIFICATION_SHEET') {
    const sheet = sheetRequirements.filter(isCheckItem);
    // The signature is checked on every sheet, whatever the rules say.
    return ['LEGIBLE', ...(sheet.includes('SIGNATURE') ? sheet : ['SIGNATURE' as const, ...sheet])];
  }
  if (kind === 'HANDHELD_CERT_PHOTO' || kind === 'CURTAIN_PHOTO') return ['LEGIBLE', 'FACE_MATCHES'];
  return ['LEGIBLE', 'MATCHES_ENTERED', 'VALID'];
}
