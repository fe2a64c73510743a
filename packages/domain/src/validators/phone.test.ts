import { describe, expect, it } from 'vitest';
import { validatePhone } from './phone.ts';

describe('validatePhone', () => {
  it.each([
    ['13800138000', 'MOBILE', '13800138000'],
    ['138 0013 8000', 'MOBILE', '13800138000'],
    ['+86 138-0013-8000', 'MOBILE', '13800138000'],
    ['010-12345678', 'LANDLINE', '01012345678'],
    ['020-3887 1542', 'LANDLINE', '02038871542'],
    ['0755-8632 9071', 'LANDLINE', '075586329071'],
    ['0991-2310 5568', 'LANDLINE', '099123105568'],
    ['0571 8821 5063', 'LANDLINE', '057188215063'],
    ['(010) 6528 8888', 'LANDLINE', '01065288888'],
    ['075586329071', 'LANDLINE', '075586329071'],
    ['0898-685 3071', 'LANDLINE', '08986853071'],
    ['021-62880451 转 8021', 'LANDLINE', '02162880451'],
    ['400-810-9999', 'SERVICE', '4008109999'],
    ['800 820 8820', 'SERVICE', '8008208820'],
  ])('accepts %s as %s', (input, kind, digits) => {
    expect(validatePhone(input)).toEqual({ ok: true, value: { kind, digits } });
  });

  it.each(['', '   '])('refuses %j as empty', (input) => {
    expect(validatePhone(input)).toEqual({ ok: false, reason: 'PHONE_EMPTY' });
  });

  it.each(['6528 8888', '86329071', '8632907'])('refuses %s for its missing area code', (input) => {
    expect(validatePhone(input)).toEqual({ ok: false, reason: 'PHONE_AREA_CODE_MISSING' });
  });

  it.each([
    '12800138000',
    '1380013800',
    '010-0123456',
    '010-1234567',
    '0755-123456',
    '0755-123456789',
    '001-12345678',
    '400-810-999',
    '13800138000 转 12',
    'call 010-12345678',
    '010-1234abcd',
  ])('refuses %s as malformed', (input) => {
    expect(validatePhone(input)).toEqual({ ok: false, reason: 'PHONE_FORMAT' });
  });
});
