import { describe, expect, it } from 'vitest';
import { normalizeDomain } from './domain-name.ts';

describe('normalizeDomain', () => {
  it.each([
    ['example.com', 'example.com', 'com', 'example.com'],
    ['  HTTPS://WWW.Example.COM:8443/path?q=1#x ', 'example.com', 'com', 'example.com'],
    ['www.example.com.', 'example.com', 'com', 'example.com'],
    ['blog.Example.com.cn', 'example.com.cn', 'com.cn', 'blog.example.com.cn'],
    ['shop.example.bj.cn', 'example.bj.cn', 'bj.cn', 'shop.example.bj.cn'],
    ['//www.www.example.net', 'example.net', 'net', 'www.example.net'],
    ['ftp://example.org/', 'example.org', 'org', 'example.org'],
    ['www.com.cn', 'www.com.cn', 'com.cn', 'www.com.cn'],
  ])('reduces %s to %s', (input, domain, suffix, host) => {
    expect(normalizeDomain(input)).toEqual({ ok: true, value: { domain, suffix, unicode: domain, host } });
  });

  it('converts IDN input to Punycode and keeps the Unicode form for display', () => {
    expect(normalizeDomain('https://www.例子.中国/首页')).toEqual({
      ok: true,
      value: {
        domain: 'xn--fsqu00a.xn--fiqs8s',
        suffix: 'xn--fiqs8s',
        unicode: '例子.中国',
        host: 'xn--fsqu00a.xn--fiqs8s',
      },
    });
    expect(normalizeDomain('xn--fsqu00a.XN--FIQS8S')).toMatchObject({ value: { unicode: '例子.中国' } });
    expect(normalizeDomain('测试.公司')).toMatchObject({ value: { suffix: 'xn--55qx5d', unicode: '测试.公司' } });
  });

  it.each([
    ['', 'DOMAIN_EMPTY'],
    ['   ', 'DOMAIN_EMPTY'],
    ['exa mple.com', 'DOMAIN_INVALID'],
    ['http://user:pw@example.com', 'DOMAIN_INVALID'],
    ['xn--zz.com', 'DOMAIN_INVALID'],
    ['192.168.1.10', 'DOMAIN_IP'],
    ['http://0x7f.1/', 'DOMAIN_IP'],
    ['[2001:db8::1]', 'DOMAIN_IP'],
    ['localhost', 'DOMAIN_SINGLE_LABEL'],
    ['exa_mple.com', 'DOMAIN_LABEL_INVALID'],
    ['-example.com', 'DOMAIN_LABEL_INVALID'],
    ['ab--cd.com', 'DOMAIN_LABEL_INVALID'],
    ['a..com', 'DOMAIN_LABEL_INVALID'],
    [`${'a'.repeat(64)}.com`, 'DOMAIN_LABEL_INVALID'],
    [`${'abcdefghi.'.repeat(26)}com`, 'DOMAIN_TOO_LONG'],
    ['example.notatld', 'DOMAIN_SUFFIX_UNKNOWN'],
    ['com.cn', 'DOMAIN_IS_SUFFIX'],
  ])('refuses %j with %s', (input, reason) => {
    expect(normalizeDomain(input)).toEqual({ ok: false, reason });
  });

  it('takes the ICANN suffix, not a private one', () => {
    expect(normalizeDomain('me.github.io')).toMatchObject({ value: { domain: 'github.io', suffix: 'io' } });
  });
});
