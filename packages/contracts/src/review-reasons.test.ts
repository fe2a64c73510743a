import { PROVINCE_RULES, SUBJECT_NATURES, verificationSheetRequirements } from '@beian/domain';
import { describe, expect, it } from 'vitest';
import { REVIEW_REASONS, reasonsForSheet, SHEET_REASON_CODE } from './review-reasons.ts';

const sheetEntry = (needs: readonly string[]) => {
  const entry = reasonsForSheet(REVIEW_REASONS, needs).find((e) => e.code === SHEET_REASON_CODE);
  if (!entry) throw new Error('no sheet reason');
  return entry;
};

describe('the sheet reason offered for a filing', () => {
  const cases = Object.values(PROVINCE_RULES).flatMap((rules) =>
    SUBJECT_NATURES.map(
      (nature) => [rules.provinceCode, nature, verificationSheetRequirements(rules, nature)] as const,
    ),
  );

  it.each(cases)('in province %s for %s words only what the sheet asks', (_province, _nature, needs) => {
    const { zh, en } = sheetEntry(needs);
    expect(zh.suggestion.includes('日期留空')).toBe(needs.includes('DATE_BLANK'));
    expect(en.suggestion.includes('date blank')).toBe(needs.includes('DATE_BLANK'));
    expect(zh.message.includes('盖章')).toBe(needs.includes('SEAL'));
    expect(zh.message.includes('指纹')).toBe(needs.includes('FINGERPRINT'));
    expect(zh.message.includes('手写承诺')).toBe(needs.includes('HANDWRITTEN_PLEDGE'));
    expect(en.message.includes('fingerprint')).toBe(needs.includes('FINGERPRINT'));
  });

  it('leaves every other reason as the catalogue has it', () => {
    const fitted = reasonsForSheet(REVIEW_REASONS, ['SIGNATURE']);
    expect(fitted.filter((e) => e.code !== SHEET_REASON_CODE)).toEqual(
      REVIEW_REASONS.filter((e) => e.code !== SHEET_REASON_CODE),
    );
  });
});
