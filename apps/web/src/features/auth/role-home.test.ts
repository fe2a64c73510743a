// Where sign-in sends people: only into their own area, never off-site.
import { describe, expect, it } from 'vitest';
import { destinationFor } from './role-home.ts';

describe('destinationFor', () => {
  it.each([
    ['APPLICANT', null, '/console'],
    ['APPLICANT', '/console/filings/new', '/console/filings/new'],
    ['APPLICANT', '/admin/users', '/console'],
    ['OPERATOR', '/photo-point?orderNo=BA2026112900001', '/photo-point?orderNo=BA2026112900001'],
    ['OPERATOR', '/photo-points', '/photo-point'],
    ['ADMIN', '//evil.example/admin', '/admin'],
    ['ADMIN', '/\\evil.example', '/admin'],
    ['REVIEWER', 'https://evil.example/review', '/review'],
    // Account emails link to /account: the account page of the person's own area.
    ['REVIEWER', '/account', '/review/account'],
    ['OPERATOR', '/account', '/photo-point/account'],
  ] as const)('%s heading for %s goes to %s', (role, next, expected) => {
    expect(destinationFor(role, next)).toBe(expected);
  });
});
