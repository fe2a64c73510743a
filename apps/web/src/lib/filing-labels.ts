// The reader's words for a filing's status and province. A code this build does not know yet is shown as it is
// rather than hidden, so a newer API never leaves a blank.
import { isFilingState, provinceByCode } from '@beian/domain';
import type { TFunction } from 'i18next';

export function filingStatusLabel(t: TFunction, status: string): string {
  return isFilingState(status) ? t(`filingStatus.${status}`) : status;
}

/** Provinces are named in Chinese, or by their English name in any other language. */
export function provinceName(code: string, language: string): string {
  const province = provinceByCode(code);
  if (!province) return code;
  return language.startsWith('zh') ? province.name : province.nameEn;
}
