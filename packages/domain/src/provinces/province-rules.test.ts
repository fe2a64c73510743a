import { describe, expect, it } from 'vitest';
import {
  GUANGDONG_PLEDGE_TEXT,
  PROVINCE_RULES,
  provinceRules,
  verificationSheetRequirements,
} from './province-rules.ts';

const rules = (code: string) => {
  const r = provinceRules(code);
  if (!r) throw new Error(`no rules for ${code}`);
  return r;
};

describe('province rules', () => {
  it('has rules for all 31 provinces', () => {
    expect(Object.keys(PROVINCE_RULES)).toHaveLength(31);
    expect(provinceRules('99')).toBeUndefined();
  });

  it('asks every personal filer for a signature only, unless the province adds to it', () => {
    expect(verificationSheetRequirements(rules('11'), 'PERSONAL')).toEqual(['SIGNATURE']);
    expect(verificationSheetRequirements(rules('65'), 'PERSONAL')).toEqual(['SIGNATURE', 'FINGERPRINT']);
    expect(verificationSheetRequirements(rules('36'), 'PERSONAL')).toEqual(['SIGNATURE', 'FINGERPRINT']);
    expect(verificationSheetRequirements(rules('44'), 'PERSONAL')).toEqual(['SIGNATURE', 'HANDWRITTEN_PLEDGE']);
  });

  it('adds seal and a blank date for organisations, and no personal pledge', () => {
    expect(verificationSheetRequirements(rules('44'), 'ENTERPRISE')).toEqual(['SIGNATURE', 'SEAL', 'DATE_BLANK']);
    expect(verificationSheetRequirements(rules('65'), 'GOVERNMENT')).toEqual([
      'SIGNATURE',
      'FINGERPRINT',
      'SEAL',
      'DATE_BLANK',
    ]);
  });

  it('ships the Guangdong pledge text', () => {
    expect(rules('44').verificationSheet.handwrittenPledge?.text).toBe(GUANGDONG_PLEDGE_TEXT);
    expect(GUANGDONG_PLEDGE_TEXT).toMatch(/^本人已履行网站备案信息当面核验手续.*等相应处理。$/);
  });

  it('knows the Shanghai app check and the bureau SLA', () => {
    expect(rules('31').appCheckEligible).toBe(true);
    expect(rules('44').appCheckEligible).toBe(false);
    expect(rules('33').bureauReviewWorkingDays).toBe(30);
    expect(rules('44').bureauReviewWorkingDays).toBe(20);
  });

  it('applies an admin patch over the shipped rules without losing the rest', () => {
    const patched = provinceRules('44', { verificationSheet: { fingerprint: true }, bureauReviewWorkingDays: 15 });
    expect(patched).toMatchObject({ provinceCode: '44', appCheckEligible: false, bureauReviewWorkingDays: 15 });
    expect(patched?.verificationSheet.fingerprint).toBe(true);
    expect(patched?.verificationSheet.handwrittenPledge?.text).toBe(GUANGDONG_PLEDGE_TEXT);
    expect(provinceRules('31', { appCheckEligible: false })?.appCheckEligible).toBe(false);
    expect(rules('44').verificationSheet.fingerprint).toBe(false);
  });
});
