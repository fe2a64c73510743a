import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidMainlandMobile } from './mobile.ts';

describe('isValidMainlandMobile', () => {
  it.each(['13800138000', '+86 138 0013 8000', '86-138-0013-8000', '0086 13800138000', ' (138) 0013-8000 '])(
    'normalises %s',
    (input) => {
      expect(isValidMainlandMobile(input)).toEqual({
        ok: true,
        value: { mobile: '13800138000', e164: '+8613800138000' },
      });
    },
  );

  it.each(['12800138000', '1380013800', '138001380001', '+85213800138000', 'l3800138000', '+86 1380013800'])(
    'refuses %s as malformed',
    (input) => {
      expect(isValidMainlandMobile(input)).toEqual({ ok: false, reason: 'MOBILE_FORMAT' });
    },
  );

  it.each(['14012345678', '14612345678', '16512345678', '17012345678', '17112345678'])(
    'refuses %s as a range MIIT cannot text',
    (input) => {
      expect(isValidMainlandMobile(input)).toEqual({ ok: false, reason: 'MOBILE_NOT_TEXTABLE' });
    },
  );

  it('takes a configured block list instead of the default', () => {
    expect(isValidMainlandMobile('17012345678', { blockedPrefixes: ['1709'] }).ok).toBe(true);
    expect(isValidMainlandMobile('17091234567', { blockedPrefixes: ['1709'] }).ok).toBe(false);
    expect(isValidMainlandMobile('19912345678', { blockedPrefixes: [] }).ok).toBe(true);
  });

  it('accepts any 11-digit 13x–19x number outside the blocked ranges', () => {
    const mobile = fc
      .tuple(fc.constantFrom('13', '15', '18', '19'), fc.stringMatching(/^\d{9}$/))
      .map(([head, rest]) => head + rest);
    fc.assert(fc.property(mobile, (m) => isValidMainlandMobile(m).ok));
  });
});
