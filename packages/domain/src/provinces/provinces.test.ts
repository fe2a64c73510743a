import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES, PROVINCES, provinceByAbbreviation, provinceByCode, provinceBySlug } from './provinces.ts';

describe('provinces', () => {
  it('has the 31 mainland divisions with unique codes, slugs and abbreviations', () => {
    expect(PROVINCES).toHaveLength(31);
    for (const key of ['code', 'slug', 'name', 'nameEn', 'abbreviation'] as const) {
      expect(new Set(PROVINCES.map((p) => p[key])).size).toBe(31);
    }
    expect(PROVINCE_CODES[0]).toBe('11');
    expect(PROVINCE_CODES.at(-1)).toBe('65');
    expect(PROVINCE_CODES.every((c) => /^[1-6]\d$/.test(c))).toBe(true);
  });

  it('looks up by code, slug and abbreviation', () => {
    expect(provinceByCode('44')?.abbreviation).toBe('粤');
    expect(provinceByCode('71')).toBeUndefined();
    expect(provinceBySlug('shanghai')?.code).toBe('31');
    expect(provinceByAbbreviation('沪')?.name).toBe('上海');
  });

  it('uses the filing-number abbreviation and still finds the other official one unless strict', () => {
    expect(provinceByAbbreviation('蜀')?.code).toBe('51');
    expect(provinceByAbbreviation('川')?.code).toBe('51');
    expect(provinceByAbbreviation('川', true)).toBeUndefined();
    expect(provinceByAbbreviation('陇')?.nameEn).toBe('Gansu');
    expect(provinceByAbbreviation('港')).toBeUndefined();
  });
});
