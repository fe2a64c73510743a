// A reason's field path in the reader's words: the subject field's label, the website's name, the material, or the
// verification photo (the second review's reasons).
import type { FilingDetail } from '@beian/contracts';
import { i18n } from '../../../i18n/i18n.ts';

function lookup(key: string): string | undefined {
  return i18n.exists(key) ? String(i18n.t(key as 'rejection.title')) : undefined;
}

export function fieldLabel(filing: FilingDetail, field: string): string {
  const [step, first, second] = field.split('.');
  if (step === 'subject' && first === 'principal' && second) {
    return lookup(`filing.principal.${second}`) ?? field;
  }
  if (step === 'subject' && first) return lookup(`filing.subject.${first}`) ?? field;
  if (step === 'websites' && first !== undefined) {
    const index = Number(first);
    const website = Number.isInteger(index) ? filing.websites[index]?.name : undefined;
    return i18n.t('rejection.website', { name: website ?? first });
  }
  if (step === 'materials' && first) return lookup(`materials.kinds.${first}`) ?? first;
  if (step === 'photo') return i18n.t('photoRecord.field');
  return field;
}
