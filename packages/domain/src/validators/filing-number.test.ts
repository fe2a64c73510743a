import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../provinces/provinces.ts';
import { formatFilingNumber, parseFilingNumber } from './filing-number.ts';

describe('parseFilingNumber', () => {
  it('reads a subject number', () => {
    expect(parseFilingNumber('粤ICP备12345678号')).toEqual({
      ok: true,
      value: {
        province: '44',
        abbreviation: '粤',
        serial: '12345678',
        site: null,
        subjectNumber: '粤ICP备12345678号',
        normalized: '粤ICP备12345678号',
      },
    });
  });

  it('reads a website number with a 10-digit serial, pasted loosely', () => {
    expect(parseFilingNumber(' 京icp备 2026081048号－12 ')).toMatchObject({
      ok: true,
      value: { province: '11', serial: '2026081048', site: 12, normalized: '京ICP备2026081048号-12' },
    });
  });

  it('reads every province abbreviation', () => {
    for (const p of PROVINCES) {
      expect(parseFilingNumber(`${p.abbreviation}ICP备123456789号-1`)).toMatchObject({ value: { province: p.code } });
    }
  });

  it.each([
    ['粤ICP12345678号', 'FILING_NUMBER_FORMAT'],
    ['粤ICP备12345678', 'FILING_NUMBER_FORMAT'],
    ['粤ICP备12345678号-0', 'FILING_NUMBER_FORMAT'],
    ['粤ICP备12345678号-', 'FILING_NUMBER_FORMAT'],
    ['港ICP备12345678号', 'FILING_NUMBER_PROVINCE'],
    ['川ICP备12345678号', 'FILING_NUMBER_PROVINCE'],
    ['粤ICP备1234567号', 'FILING_NUMBER_SERIAL'],
    ['粤ICP备12345678901号', 'FILING_NUMBER_SERIAL'],
    ['粤ICP备12345678号-2A', 'FILING_NUMBER_NOT_WEBSITE'],
  ])('refuses %s with %s', (input, reason) => {
    expect(parseFilingNumber(input)).toEqual({ ok: false, reason });
  });
});

describe('formatFilingNumber', () => {
  it('formats from a province code or abbreviation and round-trips', () => {
    expect(formatFilingNumber({ province: '51', serial: '08001542' })).toBe('蜀ICP备08001542号');
    expect(formatFilingNumber({ province: '粤', serial: '12345678', site: 3 })).toBe('粤ICP备12345678号-3');
    const parsed = parseFilingNumber('沪ICP备2026000001号-2');
    expect(parsed.ok && formatFilingNumber(parsed.value)).toBe('沪ICP备2026000001号-2');
  });

  it('refuses parts that make no valid number', () => {
    expect(() => formatFilingNumber({ province: '71', serial: '12345678' })).toThrow(RangeError);
    expect(() => formatFilingNumber({ province: '44', serial: '1234' })).toThrow(RangeError);
    expect(() => formatFilingNumber({ province: '44', serial: '12345678', site: 0 })).toThrow(RangeError);
  });
});
