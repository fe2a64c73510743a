// Which addresses share a sign-in counter: one IPv4 address, or one IPv6 /64 however it is written.
import { describe, expect, it } from 'vitest';
import { createSignInKeys, ipBucket } from './sign-in-keys.ts';

describe('ipBucket', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::9', '2001:db8:1:2::/64'],
    ['2001:DB8:1:2::', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('puts %s in %s', (ip, bucket) => {
    expect(ipBucket(ip)).toBe(bucket);
  });
});

describe('sign-in keys', () => {
  const rule = { freeFailures: 5, maxDelaySeconds: 120 };
  const keys = createSignInKeys('a-secret-of-at-least-thirty-two-characters', { account: rule, ip: rule });

  it('hold neither the email nor the IP in clear, and differ by kind', () => {
    const account = keys.account('someone@example.com').key;
    const ip = keys.ip('203.0.113.7').key;
    expect(account).not.toContain('someone');
    expect(ip).not.toContain('203');
    expect(account.startsWith('a:')).toBe(true);
    expect(ip.startsWith('i:')).toBe(true);
  });

  it('give one /64 one key', () => {
    expect(keys.ip('2001:db8:1:2::1').key).toBe(keys.ip('2001:db8:1:2:ffff::9').key);
    expect(keys.ip('2001:db8:1:3::1').key).not.toBe(keys.ip('2001:db8:1:2::1').key);
  });
});
