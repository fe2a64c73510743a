import { describe, expect, it } from 'vitest';
import { normalizeDomain } from './domain-name.ts';
import { isFileableSuffix, MIIT_SUFFIXES, normalizeSuffix } from './fileable-suffix.ts';

describe('the shipped MIIT suffix list', () => {
  it('is dated and in ASCII without leading dots', () => {
    expect(MIIT_SUFFIXES.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const suffix of MIIT_SUFFIXES.suffixes) expect(normalizeSuffix(suffix)).toBe(suffix);
    expect(new Set(MIIT_SUFFIXES.suffixes).size).toBe(MIIT_SUFFIXES.suffixes.length);
  });

  it.each([
    'cn',
    'com.cn',
    'gov.cn',
    'bj.cn',
    'sh.cn',
    'gd.cn',
    'xn--fiqs8s',
    'xn--55qx5d',
    'xn--io0a7i',
    'com',
    'org',
    'top',
    'xyz',
    'ltd',
    'love',
  ])('includes %s', (suffix) => {
    expect(MIIT_SUFFIXES.suffixes).toContain(suffix);
  });

  it.each(['io', 'me', 'app', 'dev', 'hk'])('does not include %s', (suffix) => {
    expect(MIIT_SUFFIXES.suffixes).not.toContain(suffix);
  });
});

describe('isFileableSuffix', () => {
  it('matches the public suffix itself', () => {
    expect(isFileableSuffix('com.cn')).toEqual({ ok: true, value: 'com.cn' });
    expect(isFileableSuffix('.COM')).toEqual({ ok: true, value: 'com' });
  });

  it('recognises Chinese suffixes in Unicode', () => {
    expect(isFileableSuffix('中国')).toEqual({ ok: true, value: 'xn--fiqs8s' });
    expect(isFileableSuffix('.公司')).toEqual({ ok: true, value: 'xn--55qx5d' });
  });

  it('accepts an unlisted second level under an approved top-level domain', () => {
    expect(isFileableSuffix('edu.cn')).toEqual({ ok: true, value: 'cn' });
  });

  it.each(['io', 'com.hk', 'dev', '', '..', 'a b'])('refuses %j', (suffix) => {
    expect(isFileableSuffix(suffix)).toEqual({ ok: false, reason: 'DOMAIN_SUFFIX_NOT_APPROVED' });
  });

  it('checks against an admin-edited list', () => {
    expect(isFileableSuffix('io', ['.io', 'com'])).toEqual({ ok: true, value: 'io' });
    expect(isFileableSuffix('com.cn', ['com'])).toEqual({ ok: false, reason: 'DOMAIN_SUFFIX_NOT_APPROVED' });
  });

  it('works on what normalizeDomain returns', () => {
    const parsed = normalizeDomain('www.例子.中国');
    expect(parsed.ok && isFileableSuffix(parsed.value.suffix).ok).toBe(true);
  });
});
