import { describe, expect, it } from 'vitest';
import { SUBJECT_NATURES, type SubjectNature } from '../glossary.ts';
import { GUANGDONG_PLEDGE_TEXT, provinceRules } from '../provinces/province-rules.ts';
import { MATERIAL_INSTRUCTIONS, MATERIAL_REASONS } from './material-codes.ts';
import { MATERIAL_KIND_SPECS } from './material-kinds.ts';
import { type MaterialWebsite, type RequiredMaterial, requiredMaterials } from './required-materials.ts';

const plain: MaterialWebsite = {
  websiteFilingNo: '粤ICP备12345678号-1',
  contentTypes: [],
  principalSameAsSubject: true,
};
const news: MaterialWebsite = {
  websiteFilingNo: '粤ICP备12345678号-2',
  contentTypes: ['GENERAL', 'NEWS'],
  principalSameAsSubject: false,
};

// Written out by hand from the reference help page, so the table checks the rules rather than repeating the code.
const SHEET: Record<string, { person: string[]; organisation: string[] }> = {
  '44': { person: ['SIGNATURE', 'HANDWRITTEN_PLEDGE'], organisation: ['SIGNATURE', 'SEAL', 'DATE_BLANK'] },
  '65': { person: ['SIGNATURE', 'FINGERPRINT'], organisation: ['SIGNATURE', 'FINGERPRINT', 'SEAL', 'DATE_BLANK'] },
  '36': { person: ['SIGNATURE', 'FINGERPRINT'], organisation: ['SIGNATURE', 'FINGERPRINT', 'SEAL', 'DATE_BLANK'] },
  '31': { person: ['SIGNATURE'], organisation: ['SIGNATURE', 'SEAL', 'DATE_BLANK'] },
  '11': { person: ['SIGNATURE'], organisation: ['SIGNATURE', 'SEAL', 'DATE_BLANK'] },
  '33': { person: ['SIGNATURE'], organisation: ['SIGNATURE', 'SEAL', 'DATE_BLANK'] },
};

const slots = (list: RequiredMaterial[]) =>
  list.map((m) =>
    [m.kind, m.websiteFilingNo ?? '-', m.category, m.required ? 'required' : 'optional'].filter(Boolean).join(' '),
  );
const item = (list: RequiredMaterial[], kind: string, site: string | null = null) =>
  list.find((m) => m.kind === kind && m.websiteFilingNo === site);

const cases = SUBJECT_NATURES.flatMap((nature) => Object.keys(SHEET).map((provinceCode) => ({ nature, provinceCode })));

describe.each(cases)('requiredMaterials for $nature in province $provinceCode', ({ nature, provinceCode }) => {
  const organisation = nature !== 'PERSONAL';
  const list = requiredMaterials({ nature, provinceCode, websites: [plain, news] });
  const site = news.websiteFilingNo;

  it('asks for the subject certificate only from organisations, as front and back or one combined image', () => {
    const expected = organisation
      ? ['SUBJECT_CERT_FRONT - required', 'SUBJECT_CERT_BACK - required', 'SUBJECT_CERT_COMBINED - optional']
      : [];
    expect(slots(list).filter((s) => s.startsWith('SUBJECT_CERT'))).toEqual(expected);
  });

  it("asks for the subject principal's ID, which is the subject's own for a person", () => {
    expect(slots(list).filter((s) => s.startsWith('SUBJECT_PRINCIPAL_ID'))).toHaveLength(3);
    const reason = organisation ? 'PRINCIPAL_OF_ORGANISATION' : 'SUBJECT_IS_PERSON';
    expect(item(list, 'SUBJECT_PRINCIPAL_ID_FRONT')).toMatchObject({
      reason,
      alternatives: ['SUBJECT_PRINCIPAL_ID_COMBINED'],
    });
  });

  it('asks for a website principal ID and hand-held photo only where an organisation names another principal', () => {
    const own = organisation ? [site] : [];
    expect(list.filter((m) => m.kind === 'WEBSITE_PRINCIPAL_ID_FRONT').map((m) => m.websiteFilingNo)).toEqual(own);
    expect(list.filter((m) => m.kind === 'HANDHELD_CERT_PHOTO').map((m) => m.websiteFilingNo)).toEqual([null, ...own]);
    expect(item(list, 'HANDHELD_CERT_PHOTO')?.instructions[0]).toBe(
      organisation ? 'HOLD_SUBJECT_CERTIFICATE' : 'HOLD_OWN_ID',
    );
  });

  it("carries the province's signing instructions on the verification sheet", () => {
    const needs = SHEET[provinceCode]?.[organisation ? 'organisation' : 'person'] ?? [];
    const sheet = item(list, 'VERIFICATION_SHEET');
    expect(sheet?.instructions).toEqual([
      'SHEET_PRINT_DOWNLOADED',
      ...needs.map((n) => `SHEET_${n}`),
      'SHEET_NOTHING_ELSE',
      'SHEET_SCAN_PREFERRED',
    ]);
    expect(sheet?.pledgeText).toBe(needs.includes('HANDWRITTEN_PLEDGE') ? GUANGDONG_PLEDGE_TEXT : undefined);
  });

  it('asks an organisation for an approval document for the website whose content needs one; a person for none', () => {
    const approval = {
      kind: 'PRE_APPROVAL',
      websiteFilingNo: site,
      category: 'NEWS',
      required: true,
      reason: 'CONTENT_NEEDS_APPROVAL',
      instructions: ['APPROVAL_ISSUED_TO_SUBJECT'],
    };
    // 单位备案时 only: a personal website cannot carry such content (the websites step refuses it).
    expect(list.filter((m) => m.kind === 'PRE_APPROVAL')).toEqual(organisation ? [approval] : []);
  });

  it('names a website exactly on the kinds that belong to one', () => {
    for (const m of list) if (!MATERIAL_KIND_SPECS[m.kind].perWebsite) expect(m.websiteFilingNo).toBeNull();
  });
});

describe('requiredMaterials, beyond the table', () => {
  const organisation = (websites: MaterialWebsite[], nature: SubjectNature = 'ENTERPRISE') =>
    requiredMaterials({ nature, provinceCode: '11', websites });

  it('lists an enterprise with one plain website in the order the page shows it', () => {
    expect(slots(organisation([plain]))).toEqual([
      'SUBJECT_CERT_FRONT - required',
      'SUBJECT_CERT_BACK - required',
      'SUBJECT_CERT_COMBINED - optional',
      'SUBJECT_PRINCIPAL_ID_FRONT - required',
      'SUBJECT_PRINCIPAL_ID_BACK - required',
      'SUBJECT_PRINCIPAL_ID_COMBINED - optional',
      'VERIFICATION_SHEET - required',
      'HANDHELD_CERT_PHOTO - required',
    ]);
  });

  it("drops the subject principal's hand-held photo when every website has its own principal", () => {
    const list = organisation([news, { ...plain, principalSameAsSubject: false }]);
    expect(list.filter((m) => m.kind === 'HANDHELD_CERT_PHOTO').map((m) => m.websiteFilingNo)).toEqual([
      news.websiteFilingNo,
      plain.websiteFilingNo,
    ]);
  });

  it('ignores another website principal for a person, who is every principal', () => {
    const list = requiredMaterials({ nature: 'PERSONAL', provinceCode: '31', websites: [news] });
    expect(list.some((m) => m.kind.startsWith('WEBSITE_PRINCIPAL_ID'))).toBe(false);
    expect(list.filter((m) => m.kind === 'HANDHELD_CERT_PHOTO')).toHaveLength(1);
  });

  it('asks for one approval document per category, in a stable order, ignoring content that needs none', () => {
    const site = { ...plain, contentTypes: ['DRUGS', 'BLOG', 'MEDICAL', 'DRUGS', 'NEWS'] };
    expect(organisation([site]).flatMap((m) => m.category ?? [])).toEqual(['NEWS', 'MEDICAL', 'DRUGS']);
  });

  it("follows the admin's patched rules over the shipped ones", () => {
    const rules = provinceRules('11', {
      verificationSheet: { fingerprint: true, handwrittenPledge: { text: '手写承诺', appliesTo: ['ENTERPRISE'] } },
    });
    const sheet = requiredMaterials({ nature: 'ENTERPRISE', provinceCode: '11', websites: [plain], rules }).find(
      (m) => m.kind === 'VERIFICATION_SHEET',
    );
    expect(sheet?.instructions).toContain('SHEET_FINGERPRINT');
    expect(sheet?.instructions).toContain('SHEET_HANDWRITTEN_PLEDGE');
    expect(sheet?.pledgeText).toBe('手写承诺');
  });

  it('refuses an unknown province code as a programming error', () => {
    expect(() => requiredMaterials({ nature: 'PERSONAL', provinceCode: '99', websites: [] })).toThrow(RangeError);
  });

  it('uses every reason and instruction code it lists, so the translations stay complete and needed', () => {
    const all = cases.flatMap(({ nature, provinceCode }) =>
      requiredMaterials({ nature, provinceCode, websites: [plain, news] }),
    );
    expect(new Set(all.map((m) => m.reason))).toEqual(new Set(MATERIAL_REASONS));
    expect(new Set(all.flatMap((m) => m.instructions))).toEqual(new Set(MATERIAL_INSTRUCTIONS));
  });
});
