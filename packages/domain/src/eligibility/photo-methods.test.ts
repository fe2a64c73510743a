import { describe, expect, it } from 'vitest';
import { provinceRules } from '../provinces/province-rules.ts';
import { checkCurtainRequest, eligiblePhotoMethods, photoMethodChecks } from './photo-methods.ts';

const shanghai = provinceRules('31');
const guangdong = provinceRules('44');
if (!shanghai || !guangdong) throw new Error('province rules missing');
const id = { certType: 'RESIDENT_ID', certNumber: '11010519491231002X' };

describe('photoMethodChecks', () => {
  it('offers the app check in Shanghai to one principal with a resident ID', () => {
    const checks = photoMethodChecks({
      rules: shanghai,
      websitePrincipals: [id, { ...id, certNumber: '11010519491231002x' }],
    });
    expect(eligiblePhotoMethods(checks)).toEqual(['APP_CHECK', 'PHOTO_POINT', 'CURTAIN']);
  });

  it.each([
    [guangdong, [id], 'APP_CHECK_PROVINCE'],
    [shanghai, [id, { ...id, certNumber: '110105194912310011' }], 'APP_CHECK_PRINCIPALS_DIFFER'],
    [shanghai, [], 'APP_CHECK_PRINCIPALS_DIFFER'],
    [shanghai, [{ certType: 'PASSPORT', certNumber: 'E12345678' }], 'APP_CHECK_CERT_TYPE'],
  ])('refuses the app check (%#) with %s', (rules, websitePrincipals, reason) => {
    const checks = photoMethodChecks({ rules, websitePrincipals });
    expect(checks[0]).toEqual({ name: 'APP_CHECK', status: 'fail', reason });
    expect(eligiblePhotoMethods(checks)).toEqual(['PHOTO_POINT', 'CURTAIN']);
  });
});

describe('checkCurtainRequest', () => {
  it('allows one free curtain per account', () => {
    expect(checkCurtainRequest({ previousRequests: 0 }).ok).toBe(true);
    expect(checkCurtainRequest({ previousRequests: 1 })).toEqual({ ok: false, reason: 'CURTAIN_ALREADY_REQUESTED' });
  });
});
