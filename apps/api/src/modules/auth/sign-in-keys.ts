// The throttle keys of a sign-in. Emails and IPs are keyed hashes, so the table holds neither in clear and a list of
// addresses cannot be hashed to find them; an IPv6 address counts by its /64, which one subscriber usually holds whole.
import { isIPv6 } from 'node:net';
import { keyedMac } from '../../lib/keyed-mac.ts';
import type { ThrottleKey, ThrottleRule } from './login-throttle.ts';

/** The part of an address that one client controls: IPv4 as is (also when mapped into IPv6), IPv6 by its /64. */
export function ipBucket(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export type SignInRules = { account: ThrottleRule; ip: ThrottleRule };

export function createSignInKeys(secret: string, rules: SignInRules) {
  const mac = (label: string, value: string) => keyedMac(secret, label, value, 'hex').slice(0, 40);
  return {
    account: (email: string): ThrottleKey => ({ key: `a:${mac('sign-in-account', email)}`, rule: rules.account }),
    ip: (ip: string): ThrottleKey => ({ key: `i:${mac('sign-in-ip', ipBucket(ip))}`, rule: rules.ip }),
    /** A known device is counted on its own, like an account, so a stolen device cookie is slowed down too. */
    device: (deviceId: string): ThrottleKey => ({ key: `d:${deviceId}`, rule: rules.account }),
    /** Tries of the current password when changing it, so a borrowed session cannot guess it at speed. */
    passwordChange: (accountId: string): ThrottleKey => ({ key: `p:${accountId}`, rule: rules.account }),
  };
}

export type SignInKeys = ReturnType<typeof createSignInKeys>;
