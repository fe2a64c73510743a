// What the site's robots.txt lets search engines list, read as crawlers read it: the longest matching rule decides,
// and Allow wins a tie.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/robots.txt');
const rules = readFileSync(file, 'utf8')
  .split('\n')
  .map((line) => /^(Allow|Disallow):\s*(\S+)/.exec(line.trim()))
  .filter((match) => match !== null)
  .map(([, kind, prefix]) => ({ allow: kind === 'Allow', prefix: prefix ?? '' }));

function mayList(address: string): boolean {
  const matching = rules.filter((rule) => address.startsWith(rule.prefix));
  const longest = Math.max(...matching.map((rule) => rule.prefix.length));
  return matching.some((rule) => rule.prefix.length === longest && rule.allow);
}

describe('robots.txt', () => {
  it('applies to every crawler', () => {
    expect(readFileSync(file, 'utf8')).toMatch(/^User-agent: \*$/m);
  });

  it.each(['/login', '/register', '/legal/terms', '/legal/privacy'])('lets crawlers list %s', (address) => {
    expect(mayList(address)).toBe(true);
  });

  it.each([
    '/',
    '/console/filings/new',
    '/review/initial',
    '/admin/users',
    '/reset-password?token=abc',
    '/invite?token=abc',
    '/verify-email?token=abc',
    '/api/auth/session',
    '/m/app-check',
  ])('keeps crawlers out of %s', (address) => {
    expect(mayList(address)).toBe(false);
  });
});
