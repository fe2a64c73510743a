import { describe, expect, it } from 'vitest';
import { missingMaterials, type UploadedMaterial } from './missing-materials.ts';
import { requiredMaterials } from './required-materials.ts';

const site = '浙ICP备20000001号-1';
const list = requiredMaterials({
  nature: 'ENTERPRISE',
  provinceCode: '33',
  websites: [{ websiteFilingNo: site, contentTypes: ['EDUCATION'], principalSameAsSubject: false }],
});
const missingKinds = (uploaded: UploadedMaterial[]) =>
  missingMaterials(list, uploaded).map((m) => (m.websiteFilingNo ? `${m.kind} ${m.websiteFilingNo}` : m.kind));
const filing = (kind: UploadedMaterial['kind']): UploadedMaterial => ({ kind, websiteFilingNo: null });

describe('missingMaterials', () => {
  it('lists every required slot and no optional one before anything is uploaded', () => {
    expect(missingKinds([])).toEqual([
      'SUBJECT_CERT_FRONT',
      'SUBJECT_CERT_BACK',
      'SUBJECT_PRINCIPAL_ID_FRONT',
      'SUBJECT_PRINCIPAL_ID_BACK',
      `WEBSITE_PRINCIPAL_ID_FRONT ${site}`,
      `WEBSITE_PRINCIPAL_ID_BACK ${site}`,
      'VERIFICATION_SHEET',
      `HANDHELD_CERT_PHOTO ${site}`,
      `PRE_APPROVAL ${site}`,
    ]);
  });

  it('takes one combined image for both sides, or front and back', () => {
    const uploaded = [
      filing('SUBJECT_CERT_COMBINED'),
      filing('SUBJECT_PRINCIPAL_ID_FRONT'),
      filing('SUBJECT_PRINCIPAL_ID_BACK'),
      { kind: 'WEBSITE_PRINCIPAL_ID_COMBINED', websiteFilingNo: site },
    ] satisfies UploadedMaterial[];
    expect(missingKinds(uploaded)).toEqual([
      'VERIFICATION_SHEET',
      `HANDHELD_CERT_PHOTO ${site}`,
      `PRE_APPROVAL ${site}`,
    ]);
  });

  it('counts a front alone as only the front', () => {
    expect(missingKinds([filing('SUBJECT_CERT_FRONT')])).toContain('SUBJECT_CERT_BACK');
  });

  it('matches the website and the approval category, not just the kind', () => {
    const wrongSite: UploadedMaterial = { kind: 'HANDHELD_CERT_PHOTO', websiteFilingNo: null };
    const wrongCategory: UploadedMaterial = { kind: 'PRE_APPROVAL', websiteFilingNo: site, category: 'NEWS' };
    const right: UploadedMaterial = { kind: 'PRE_APPROVAL', websiteFilingNo: site, category: 'EDUCATION' };
    expect(missingKinds([wrongSite, wrongCategory])).toContain(`HANDHELD_CERT_PHOTO ${site}`);
    expect(missingKinds([wrongCategory])).toContain(`PRE_APPROVAL ${site}`);
    expect(missingKinds([right])).not.toContain(`PRE_APPROVAL ${site}`);
  });
});
