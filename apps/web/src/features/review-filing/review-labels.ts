// The reader's words for codes on the review page: check names and reasons, certificate types, natures and
// material kinds. A code this build does not know is shown as it is, so a newer API never leaves a blank.
import { certTypeInfo } from '@beian/domain';
import { i18n } from '../../i18n/i18n.ts';

/** The typed t() cannot know keys built at run time, hence the cast after the existence check. */
function lookup(namespace: string, code: string): string {
  const key = `${namespace}.${code}`;
  return i18n.exists(key) ? String(i18n.t(key as 'checks.CERT_TYPE')) : code;
}

export const checkName = (name: string) => lookup('checks', name);
export const reasonText = (reason: string) => lookup('reasons', reason);
export const natureName = (nature: string) => lookup('filing.natures', nature);
export const materialKindName = (kind: string) => lookup('materials.kinds', kind);

export function certTypeName(code: string | null): string | null {
  if (!code) return null;
  const info = certTypeInfo(code);
  if (!info) return code;
  return i18n.language.startsWith('zh') ? info.name : info.nameEn;
}
