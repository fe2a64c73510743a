import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidOrgCode, orgCodeCheckChar } from './org-code.ts';
import { generateUscc, isValidUscc, USCC_AUTHORITIES, USCC_CHARSET } from './uscc.ts';

const authorityCategory = fc.constantFrom(
  ...Object.entries(USCC_AUTHORITIES).flatMap(([authority, categories]) =>
    [...categories].map((category) => ({ authority, category })),
  ),
);
const seed = fc.record({
  ac: authorityCategory,
  region: fc.integer({ min: 110000, max: 659999 }).map(String),
  serial: fc.integer({ min: 0, max: 99_999_999 }),
});
type Seed = typeof seed extends fc.Arbitrary<infer T> ? T : never;
const generate = (s: Seed) => generateUscc({ ...s.ac, region: s.region, serial: s.serial });

describe('isValidUscc', () => {
  it.each(['91350100M000100Y43', '91310110666007217T'])('accepts the published example %s', (code) => {
    expect(isValidUscc(code)).toMatchObject({ ok: true, value: { code } });
    expect(isValidUscc(code)).not.toHaveProperty('warnings');
  });

  it('reads the parts of a code', () => {
    expect(isValidUscc(' 91310110666007217t ')).toEqual({
      ok: true,
      value: { code: '91310110666007217T', authority: '9', category: '1', regionCode: '310110', orgCode: '666007217' },
    });
  });

  it('warns, and does not fail, on a wrong check character', () => {
    expect(isValidUscc('91350100M000100Y44')).toMatchObject({ ok: true, warnings: ['USCC_CHECKSUM'] });
  });

  it('warns on an institution category its authority does not issue', () => {
    const result = isValidUscc(generateUscc({ authority: '9', category: '1' }).replace(/^91/, '94'));
    expect(result).toMatchObject({ ok: true, warnings: ['USCC_CATEGORY', 'USCC_CHECKSUM'] });
  });

  it.each([
    ['91350100M000100Y4', 'USCC_LENGTH'],
    ['91350100M000100Y4I', 'USCC_CHARSET'],
    ['91350100M000100O43', 'USCC_CHARSET'],
    ['B1350100M000100Y43', 'USCC_AUTHORITY'],
    ['9135A100M000100Y43', 'USCC_REGION'],
  ])('fails %s with %s', (code, reason) => {
    expect(isValidUscc(code)).toEqual({ ok: false, reason });
  });

  it('passes every generated code without warnings', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const result = isValidUscc(generate(s));
        return result.ok && result.warnings === undefined;
      }),
    );
  });

  it('fails or warns when any one character changes to another charset character', () => {
    const mutation = fc.tuple(seed, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }));
    fc.assert(
      fc.property(mutation, ([s, position, shift]) => {
        const code = generate(s);
        const replacement = USCC_CHARSET[(USCC_CHARSET.indexOf(code[position] as string) + shift) % 31] as string;
        const result = isValidUscc(code.slice(0, position) + replacement + code.slice(position + 1));
        return !result.ok || (result.warnings?.length ?? 0) > 0;
      }),
    );
  });

  it('refuses nonsense seeds for the generator', () => {
    expect(() => generateUscc({ authority: '9', category: '9' })).toThrow(RangeError);
    expect(() => generateUscc({ region: '44' })).toThrow(RangeError);
    expect(() => generateUscc({ serial: -1 })).toThrow(RangeError);
  });
});

describe('isValidOrgCode (GB 11714)', () => {
  it('checks the ninth character', () => {
    expect(isValidOrgCode('66600721-7')).toEqual({ ok: true, value: '666007217' });
    expect(isValidOrgCode('666007218')).toEqual({ ok: false, reason: 'ORG_CODE_CHECKSUM' });
    expect(isValidOrgCode('6660072')).toEqual({ ok: false, reason: 'ORG_CODE_FORMAT' });
  });

  it('maps the check values 10 and 11 to X and 0', () => {
    const checks = new Set(Array.from({ length: 200 }, (_, n) => orgCodeCheckChar(String(n).padStart(8, '0'))));
    expect(checks).toContain('X');
    expect(checks).toContain('0');
  });
});
