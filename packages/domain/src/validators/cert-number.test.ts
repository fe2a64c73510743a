import { describe, expect, it } from 'vitest';
import { SUBJECT_NATURES } from '../glossary.ts';
import { isValidCertNumber, maskCertNumber } from './cert-number.ts';
import {
  CERT_TYPES,
  CERT_TYPES_BY_NATURE,
  certTypeInfo,
  isCertType,
  isCertTypeAllowed,
  PERSON_CERT_TYPES,
} from './cert-types.ts';
import { generateResidentId } from './resident-id.ts';
import { generateUscc } from './uscc.ts';

const today = '2026-11-29';

describe('certificate types', () => {
  it('offers personal filers person certificates and organisations organisation ones', () => {
    expect(CERT_TYPES_BY_NATURE.PERSONAL).toEqual(PERSON_CERT_TYPES);
    for (const nature of SUBJECT_NATURES.filter((n) => n !== 'PERSONAL')) {
      expect(CERT_TYPES_BY_NATURE[nature].length).toBeGreaterThan(0);
      for (const type of CERT_TYPES_BY_NATURE[nature]) expect(certTypeInfo(type)?.holder).toBe('ORGANISATION');
    }
    expect(isCertTypeAllowed('ENTERPRISE', 'BUSINESS_LICENSE')).toBe(true);
    expect(isCertTypeAllowed('ENTERPRISE', 'RESIDENT_ID')).toBe(false);
    expect(isCertType('PASSPORT')).toBe(true);
    expect(isCertType('LIBRARY_CARD')).toBe(false);
  });

  it('has a unique code and both names for every type', () => {
    expect(new Set(CERT_TYPES.map((t) => t.code)).size).toBe(CERT_TYPES.length);
    for (const t of CERT_TYPES) expect(t.name && t.nameEn).toBeTruthy();
  });
});

describe('isValidCertNumber', () => {
  it.each([
    ['RESIDENT_ID', '11010519491231002x', '11010519491231002X'],
    ['HMT_RESIDENCE_PERMIT', generateResidentId({ region: '830000' }), generateResidentId({ region: '830000' })],
    ['BUSINESS_LICENSE', '91310110666007217T', '91310110666007217T'],
    [
      'SOCIAL_ORG_CERT',
      generateUscc({ authority: '5', category: '1' }),
      generateUscc({ authority: '5', category: '1' }),
    ],
    ['ORG_CODE_CERT', '66600721-7', '666007217'],
    ['PASSPORT', 'e 12345678', 'E12345678'],
    ['HK_MACAO_PERMIT', 'H12345678', 'H12345678'],
    ['HK_MACAO_PERMIT', 'M1234567890', 'M1234567890'],
    ['TAIWAN_PERMIT', '12345678', '12345678'],
    ['FOREIGN_PERMANENT_RESIDENT', 'USA440305901010', 'USA440305901010'],
    ['FOREIGN_PERMANENT_RESIDENT', generateResidentId({ region: '944403' }), generateResidentId({ region: '944403' })],
    ['MILITARY_ID', '南字第20231234号', '南字第20231234号'],
  ])('accepts a %s number %s', (type, input, normalized) => {
    expect(isValidCertNumber(type, input, { today })).toEqual({ ok: true, value: normalized });
  });

  it('passes the USCC checksum warning through', () => {
    expect(isValidCertNumber('BUSINESS_LICENSE', '91350100M000100Y44', { today })).toEqual({
      ok: true,
      value: '91350100M000100Y44',
      warnings: ['USCC_CHECKSUM'],
    });
  });

  it.each([
    ['RESIDENT_ID', '110105194912310021', 'RESIDENT_ID_CHECKSUM'],
    ['RESIDENT_ID', generateResidentId({ region: '810000' }), 'RESIDENT_ID_REGION'],
    ['HMT_RESIDENCE_PERMIT', '11010519491231002X', 'RESIDENT_ID_REGION'],
    ['BUSINESS_LICENSE', '9131011066600721', 'USCC_LENGTH'],
    ['ORG_CODE_CERT', '666007218', 'ORG_CODE_CHECKSUM'],
    ['PASSPORT', 'E12', 'CERT_NUMBER_FORMAT'],
    ['HK_MACAO_PERMIT', 'A12345678', 'CERT_NUMBER_FORMAT'],
    ['TAIWAN_PERMIT', '1234567', 'CERT_NUMBER_FORMAT'],
    ['FOREIGN_PERMANENT_RESIDENT', '94440319900101001', 'CERT_NUMBER_FORMAT'],
    ['FOREIGN_PERMANENT_RESIDENT', `${generateResidentId({ region: '944403' }).slice(0, 17)}Y`, 'CERT_NUMBER_FORMAT'],
    ['MILITARY_ID', '南字第12号', 'CERT_NUMBER_FORMAT'],
    ['PASSPORT', '   ', 'CERT_NUMBER_EMPTY'],
    ['LIBRARY_CARD', '123456', 'CERT_TYPE_UNKNOWN'],
  ])('refuses a %s number %s with %s', (type, input, reason) => {
    expect(isValidCertNumber(type, input, { today })).toEqual({ ok: false, reason });
  });

  it('checks the check character of the 2023 foreign permanent resident card', () => {
    const card = generateResidentId({ region: '944403' });
    const wrong = card.slice(0, 17) + (card[17] === '0' ? '1' : '0');
    expect(isValidCertNumber('FOREIGN_PERMANENT_RESIDENT', wrong, { today })).toEqual({
      ok: false,
      reason: 'CERT_NUMBER_CHECKSUM',
    });
  });
});

describe('maskCertNumber', () => {
  it.each([
    ['440305199001011234', '4403**********1234'],
    ['91310110666007217T', '9131**********217T'],
    ['E12345678', 'E1*****78'],
    ['12345678', '12****78'],
    ['H1234', 'H***4'],
    ['abc', '***'],
    ['', ''],
    ['南字第20231234号', '南字第******34号'],
  ])('masks %s as %s', (input, masked) => {
    expect(maskCertNumber(input)).toBe(masked);
  });
});
