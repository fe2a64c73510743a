import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES } from '../provinces/provinces.ts';
import { generateResidentId, isValidResidentId } from './resident-id.ts';

const today = '2026-11-29';
const DIGITS = '0123456789';

const seed = fc.record({
  region: fc
    .constantFrom(...PROVINCE_CODES)
    .chain((p) => fc.integer({ min: 0, max: 9999 }).map((n) => p + String(n).padStart(4, '0'))),
  birthDate: fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-11-29T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  sequence: fc.integer({ min: 0, max: 999 }),
});

describe('isValidResidentId', () => {
  it('accepts the example from the standard and reads it', () => {
    expect(isValidResidentId('11010519491231002X', { today })).toEqual({
      ok: true,
      value: { id: '11010519491231002X', regionCode: '11', birthDate: '1949-12-31', sex: 'F' },
    });
  });

  it('generates the same number from the same parts', () => {
    expect(generateResidentId({ region: '110105', birthDate: '1949-12-31', sequence: 2 })).toBe('11010519491231002X');
    expect(isValidResidentId(generateResidentId({ sequence: 123 }), { today })).toMatchObject({ value: { sex: 'M' } });
  });

  it('accepts a lower-case x check character', () => {
    expect(isValidResidentId(' 11010519491231002x ', { today })).toMatchObject({
      ok: true,
      value: { id: '11010519491231002X' },
    });
  });

  it.each([
    ['440305900307123', 'RESIDENT_ID_LEGACY_15'],
    ['44030519900307123', 'RESIDENT_ID_FORMAT'],
    ['44030519900307123A', 'RESIDENT_ID_FORMAT'],
    ['71030519900307123X', 'RESIDENT_ID_REGION'],
    ['81030519900307123X', 'RESIDENT_ID_REGION'],
    ['440305199002301232', 'RESIDENT_ID_BIRTH_DATE'],
    ['440305189912311232', 'RESIDENT_ID_BIRTH_DATE'],
    ['110105194912310021', 'RESIDENT_ID_CHECKSUM'],
  ])('refuses %s with %s', (id, reason) => {
    expect(isValidResidentId(id, { today })).toEqual({ ok: false, reason });
  });

  it('refuses a birth date after the caller’s today (in Shanghai)', () => {
    const born = generateResidentId({ birthDate: '2026-11-30' });
    expect(isValidResidentId(born, { today: '2026-11-29' })).toEqual({ ok: false, reason: 'RESIDENT_ID_BIRTH_DATE' });
    expect(isValidResidentId(born, { today: '2026-11-30' }).ok).toBe(true);
    expect(isValidResidentId(generateResidentId({ birthDate: '2000-01-01' }), { today }).ok).toBe(true);
  });

  it('accepts residence permits (81/82/83) only when asked for one', () => {
    const permit = generateResidentId({ region: '810000', birthDate: '1992-02-02', sequence: 7 });
    expect(isValidResidentId(permit, { today }).ok).toBe(false);
    expect(isValidResidentId(permit, { today, residencePermit: true })).toMatchObject({ ok: true });
    const mainland = generateResidentId({ region: '310101' });
    expect(isValidResidentId(mainland, { today, residencePermit: true })).toEqual({
      ok: false,
      reason: 'RESIDENT_ID_REGION',
    });
  });

  it('passes every generated number', () => {
    fc.assert(fc.property(seed, (s) => isValidResidentId(generateResidentId(s), { today }).ok));
  });

  it('fails when any one character changes to another allowed one', () => {
    const mutation = fc.tuple(seed, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }));
    fc.assert(
      fc.property(mutation, ([s, position, shift]) => {
        const id = generateResidentId(s);
        const alphabet = position === 17 ? `${DIGITS}X` : DIGITS;
        const current = alphabet.indexOf(id[position] as string);
        const replacement = alphabet[(current + (shift % alphabet.length || 1)) % alphabet.length] as string;
        const mutated = id.slice(0, position) + replacement + id.slice(position + 1);
        return mutated === id || !isValidResidentId(mutated, { today }).ok;
      }),
    );
  });

  it('refuses nonsense seeds for the generator', () => {
    expect(() => generateResidentId({ region: '4403' })).toThrow(RangeError);
    expect(() => generateResidentId({ birthDate: '1990-02-30' })).toThrow(RangeError);
    expect(() => generateResidentId({ sequence: 1000 })).toThrow(RangeError);
  });
});
