// The reader's words for the codes the wizard shows: provinces, certificate types, check names and reasons.
// A code this build does not know yet is shown as it is, so a newer API never leaves a blank.
import { certTypeInfo, provinceByCode } from '@beian/domain';
import { i18n } from '../../../i18n/i18n.ts';
import { checkName, lookup, reasonText } from '../../../lib/code-labels.ts';

const isChinese = () => i18n.language.startsWith('zh');

export function provinceLabel(code: string): string {
  const province = provinceByCode(code);
  if (!province) return code;
  return isChinese() ? province.name : province.nameEn;
}

export function certTypeLabel(code: string | null | undefined): string {
  if (!code) return '';
  const info = certTypeInfo(code);
  if (!info) return code;
  return isChinese() ? info.name : info.nameEn;
}

export { checkName, reasonText };
export const filingTypeLabel = (type: string) => lookup('filing.types', type);
export const natureLabel = (nature: string) => lookup('filing.natures', nature);
export const nextActionLabel = (action: string) => lookup('filing.nextAction', action);
export const filingStatusLabel = (status: string) => lookup('filingStatus', status);
