import { describe, expect, it } from 'vitest';
import { checkCertificate, checkCertType } from './certificate.ts';

describe('checkCertificate', () => {
  it('passes a valid resident ID', () => {
    expect(checkCertificate('RESIDENT_ID', '11010519491231002X', { today: '2026-11-29' })).toEqual({
      name: 'CERTIFICATE',
      status: 'pass',
    });
  });

  it('only warns on a USCC check character', () => {
    expect(checkCertificate('BUSINESS_LICENSE', '91350100M000100Y44', { today: '2026-11-29' })).toEqual({
      name: 'CERTIFICATE',
      status: 'warn',
      reason: 'USCC_CHECKSUM',
    });
  });

  it.each([
    ['RESIDENT_ID', '110105194912310021', 'RESIDENT_ID_CHECKSUM'],
    ['RESIDENT_ID', '110105491231002', 'RESIDENT_ID_LEGACY_15'],
    ['BUSINESS_LICENSE', 'I1350100M000100Y43', 'USCC_CHARSET'],
    ['PASSPORT', '!', 'CERT_NUMBER_FORMAT'],
  ])('fails %s %s with %s', (type, number, reason) => {
    expect(checkCertificate(type, number, { today: '2026-11-29' })).toEqual({
      name: 'CERTIFICATE',
      status: 'fail',
      reason,
    });
  });
});

describe('checkCertType', () => {
  it('fits the certificate type to the subject nature', () => {
    expect(checkCertType('PERSONAL', 'PASSPORT')).toEqual({ name: 'CERT_TYPE', status: 'pass' });
    expect(checkCertType('ENTERPRISE', 'RESIDENT_ID')).toEqual({
      name: 'CERT_TYPE',
      status: 'fail',
      reason: 'CERT_TYPE_NOT_ALLOWED',
    });
    expect(checkCertType('PERSONAL', 'LIBRARY_CARD')).toEqual({
      name: 'CERT_TYPE',
      status: 'fail',
      reason: 'CERT_TYPE_UNKNOWN',
    });
  });
});
