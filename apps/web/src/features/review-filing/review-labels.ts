// The reader's words for codes on the review page: check names and reasons, certificate types, natures and
// material kinds. A code this build does not know is shown as it is, so a newer API never leaves a blank.
import { certTypeInfo } from '@beian/domain';
import { i18n } from '../../i18n/i18n.ts';
import { checkName, lookup, reasonText } from '../../lib/code-labels.ts';

export { checkName, reasonText };
export const natureName = (nature: string) => lookup('filing.natures', nature);
export const materialKindName = (kind: string) => lookup('materials.kinds', kind);

export function certTypeName(code: string | null): string | null {
  if (!code) return null;
  const info = certTypeInfo(code);
  if (!info) return code;
  return i18n.language.startsWith('zh') ? info.name : info.nameEn;
}
