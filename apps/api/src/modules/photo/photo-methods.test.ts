// The website principals the app check compares, read from a filing's stored subject and websites.
import { photoMethodChecks, provinceRules } from '@beian/domain';
import { describe, expect, it } from 'vitest';
import { websitePrincipalsOf } from './photo-methods.ts';

const person = (certType: string, certHash: string) => ({
  name: '赵强',
  certType,
  certHash,
  certMasked: '4403**********1234',
  certValidFor: certType,
  certEndingMac: null,
  mobile: '13912345000',
  email: 'zhao@example.cn',
  emergencyPhone: '020-12345678',
});
const website = (no: string, principal: unknown) => ({
  websiteFilingNo: no,
  name: '示例网站',
  domains: ['example.cn'],
  homepageUrl: null,
  accessProviders: [],
  confirmed: true,
  cloudService: null,
  cloudServiceChecks: [],
  principal,
});
const row = (principal: unknown, ...websites: unknown[]) => ({ subjectDraft: { principal }, websites });
const shanghai = provinceRules('31');
if (!shanghai) throw new Error('No rules for Shanghai');
const appCheck = (r: ReturnType<typeof row>) =>
  photoMethodChecks({ rules: shanghai, websitePrincipals: websitePrincipalsOf(r) })[0];

describe('websitePrincipalsOf', () => {
  it("reads `sameAsSubject` as the subject's principal, by certificate type and hash", () => {
    const filing = row(
      person('RESIDENT_ID', 'h1'),
      website('沪ICP备1号-1', { sameAsSubject: true }),
      website('沪ICP备1号-2', { ...person('RESIDENT_ID', 'h1'), sameAsSubject: false }),
    );
    expect(websitePrincipalsOf(filing)).toEqual([
      { certType: 'RESIDENT_ID', certNumber: 'h1' },
      { certType: 'RESIDENT_ID', certNumber: 'h1' },
    ]);
    expect(appCheck(filing)).toEqual({ name: 'APP_CHECK', status: 'pass' });
  });

  it('closes the app check when a website has a principal of its own', () => {
    const filing = row(
      person('RESIDENT_ID', 'h1'),
      website('沪ICP备1号-1', { sameAsSubject: true }),
      website('沪ICP备1号-2', { ...person('RESIDENT_ID', 'h2'), sameAsSubject: false }),
    );
    expect(appCheck(filing)).toMatchObject({ status: 'fail', reason: 'APP_CHECK_PRINCIPALS_DIFFER' });
  });

  it('closes the app check for a principal without a resident ID', () => {
    const filing = row(person('PASSPORT', 'h1'), website('沪ICP备1号-1', { sameAsSubject: true }));
    expect(appCheck(filing)).toMatchObject({ status: 'fail', reason: 'APP_CHECK_CERT_TYPE' });
  });

  it('never passes on a principal that was not entered', () => {
    const filing = row({}, website('沪ICP备1号-1', { sameAsSubject: true }), website('沪ICP备1号-2', null));
    expect(websitePrincipalsOf(filing)).toEqual([
      { certType: '', certNumber: '' },
      { certType: '', certNumber: '' },
    ]);
    expect(appCheck(filing)).toMatchObject({ status: 'fail', reason: 'APP_CHECK_CERT_TYPE' });
  });
});
