// The checklist a reviewer ticks for each material, the province's sheet requirements included.
import { provinceRules, verificationSheetRequirements } from '@beian/domain';
import { describe, expect, it } from 'vitest';
import { checklistFor } from './material-checklist.ts';

const sheetOf = (province: string, nature: 'PERSONAL' | 'ENTERPRISE') => {
  const rules = provinceRules(province);
  if (!rules) throw new Error(`no rules for ${province}`);
  return checklistFor('VERIFICATION_SHEET', verificationSheetRequirements(rules, nature));
};

describe('checklistFor', () => {
  it.each([
    [
      'a personal sheet in Guangdong: the pledge paragraph',
      '44',
      'PERSONAL',
      ['LEGIBLE', 'SIGNATURE', 'HANDWRITTEN_PLEDGE'],
    ],
    [
      'an enterprise sheet in Guangdong: seal and blank date',
      '44',
      'ENTERPRISE',
      ['LEGIBLE', 'SIGNATURE', 'SEAL', 'DATE_BLANK'],
    ],
    ['a sheet in Xinjiang: a fingerprint', '65', 'PERSONAL', ['LEGIBLE', 'SIGNATURE', 'FINGERPRINT']],
    ['a sheet in Jiangxi: a fingerprint', '36', 'PERSONAL', ['LEGIBLE', 'SIGNATURE', 'FINGERPRINT']],
    ['a sheet in Beijing: the signature only', '11', 'PERSONAL', ['LEGIBLE', 'SIGNATURE']],
  ] as const)('%s', (_case, province, nature, items) => {
    expect(sheetOf(province, nature)).toEqual(items);
  });

  it('checks the signature even when the rules sent leave it out, and skips codes it has no words for', () => {
    expect(checklistFor('VERIFICATION_SHEET', ['NOTARISED', 'FINGERPRINT'])).toEqual([
      'LEGIBLE',
      'SIGNATURE',
      'FINGERPRINT',
    ]);
  });

  it('checks an identity document for legibility, the entered details and validity', () => {
    expect(checklistFor('SUBJECT_PRINCIPAL_ID_FRONT', [])).toEqual(['LEGIBLE', 'MATCHES_ENTERED', 'VALID']);
  });
});
