// The snapshot the bureau receives: the registry's subject name, the websites, and as verifiers the subject principal
// plus each website principal of their own (one marked the same as the subject's is not listed twice); and the
// bureau's own deadline by province (20 working days, 30 in Zhejiang).
import { provinceRules } from '@beian/domain';
import { describe, expect, it } from 'vitest';
import { createCertHasher } from '../../lib/cert-hash.ts';
import { emptyPerson } from '../filings/filing-data.ts';
import { bureauDueAtOf } from './bureau-outcomes.ts';
import { bureauSnapshotOf } from './bureau-snapshot.ts';

const hasher = createCertHasher('a-test-key-that-is-long-enough-000');
const person = (name: string, mobile: string, ending: string) => ({
  ...emptyPerson(),
  name,
  mobile,
  certType: 'RESIDENT_ID',
  certEndingMac: hasher.ending(ending),
});
const website = (no: string, principal: unknown) => ({
  websiteFilingNo: no,
  name: `站点 ${no}`,
  domains: ['example.cn'],
  homepageUrl: null,
  accessProviders: [],
  confirmed: true,
  cloudService: null,
  cloudServiceChecks: [],
  principal,
});
const row = {
  id: '0b7c9c7e-3c8f-4a37-9d38-4a1d6f0d0c11',
  orderNo: 'BA2026120700001',
  province: '44',
  type: 'ACCESS' as const,
  nature: 'ENTERPRISE' as const,
  certType: 'UNIFIED_SOCIAL_CREDIT_CODE',
  certMasked: '9144**********123X',
  subjectFilingNo: '粤ICP备12345678号',
  subjectDraft: { principal: person('赵强', '138 0013 8000', '25173X') },
  websites: [
    website('粤ICP备12345678号-1', { sameAsSubject: true }),
    website('粤ICP备12345678号-2', { sameAsSubject: false, ...person('韦丽', '13900139000', '194680') }),
  ],
};

describe('bureauSnapshotOf', () => {
  it('lists the subject principal once and each website principal of their own, with dialled mobiles', () => {
    const snapshot = bureauSnapshotOf(row, { name: '广州示例科技有限公司' });
    expect(snapshot.subject).toEqual({
      subjectFilingNo: '粤ICP备12345678号',
      name: '广州示例科技有限公司',
      nature: 'ENTERPRISE',
      certType: 'UNIFIED_SOCIAL_CREDIT_CODE',
      certMasked: '9144**********123X',
    });
    expect(snapshot.websites.map((w) => w.websiteFilingNo)).toEqual(['粤ICP备12345678号-1', '粤ICP备12345678号-2']);
    expect(snapshot.verifiers).toEqual([
      { role: 'SUBJECT_PRINCIPAL', name: '赵强', mobile: '13800138000', certEndingMac: hasher.ending('25173X') },
      { role: 'WEBSITE_PRINCIPAL', name: '韦丽', mobile: '13900139000', certEndingMac: hasher.ending('194680') },
    ]);
  });

  it('refuses a filing whose subject is not in the registry, or a principal without a mobile', () => {
    expect(() => bureauSnapshotOf(row, null)).toThrow(RangeError);
    const noMobile = { ...row, subjectDraft: { principal: { ...person('赵强', '', 'x'), mobile: null } } };
    expect(() => bureauSnapshotOf(noMobile, { name: 'x' })).toThrow(/SUBJECT_PRINCIPAL has no name or mobile/);
  });
});

describe('bureauDueAtOf', () => {
  const rulesOf = (code: string) => {
    const rules = provinceRules(code);
    if (!rules) throw new RangeError(code);
    return rules;
  };
  // Monday 2026-12-07 10:00 Beijing.
  const confirmedAt = new Date('2026-12-07T02:00:00Z');
  it('gives the bureau 20 working days by default and 30 in Zhejiang, ending at 24:00 Beijing time', () => {
    const guangdong = bureauDueAtOf(rulesOf('44'), confirmedAt);
    const zhejiang = bureauDueAtOf(rulesOf('33'), confirmedAt);
    expect(guangdong.toISOString().slice(11)).toBe('16:00:00.000Z');
    expect(zhejiang.getTime()).toBeGreaterThan(guangdong.getTime() + 10 * 86_400_000);
  });
});
