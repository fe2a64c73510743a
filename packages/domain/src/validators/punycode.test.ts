import { domainToASCII, domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePunycode, hostToAscii, hostToUnicode } from './punycode.ts';

describe('punycode', () => {
  it('decodes the Chinese top-level domains', () => {
    expect(decodePunycode('fiqs8s')).toBe('中国');
    expect(decodePunycode('55qx5d')).toBe('公司');
    expect(decodePunycode('io0a7i')).toBe('网络');
    expect(hostToUnicode('xn--fsqu00a.xn--fiqs8s')).toBe('例子.中国');
  });

  it('keeps the basic code points before the last hyphen', () => {
    expect(decodePunycode('bcher-kva')).toBe('bücher');
  });

  it('returns null for input that is not Punycode', () => {
    expect(decodePunycode('zz')).toBeNull();
    expect(decodePunycode('ä-abc')).toBeNull();
    expect(decodePunycode('99999999999')).toBeNull();
    expect(hostToUnicode('xn--zz.com')).toBeNull();
  });

  it('converts hosts to ASCII with the URL parser', () => {
    expect(hostToAscii('例子.中国')).toBe('xn--fsqu00a.xn--fiqs8s');
    expect(hostToAscii('a b.com')).toBeNull();
  });

  it('agrees with Node for any Chinese or mixed label', () => {
    const char = fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fa5 }), fc.integer({ min: 0x61, max: 0x7a }));
    const label = fc.array(char, { minLength: 1, maxLength: 12 }).map((cps) => String.fromCodePoint(...cps));
    fc.assert(
      fc.property(label, (l) => {
        const ascii = domainToASCII(`${l}.cn`);
        return hostToUnicode(ascii) === domainToUnicode(ascii);
      }),
    );
  });
});
