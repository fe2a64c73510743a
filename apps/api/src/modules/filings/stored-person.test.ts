// The stored person keeps a keyed hash of the certificate number's last 6 characters for the app check, with the
// full hash and mask, and clears it with them.
import { describe, expect, it } from 'vitest';
import { createCertHasher } from '../../lib/cert-hash.ts';
import { emptyPerson } from './filing-data.ts';
import { withCertificate } from './stored-person.ts';

const hasher = createCertHasher('a-test-key-that-is-long-enough-000');
const today = '2026-12-07' as never;
const person = { ...emptyPerson(), certType: 'RESIDENT_ID' };

describe('withCertificate', () => {
  it('keeps the ending as a keyed hash of the upper-cased last 6, never the characters themselves', () => {
    const stored = withCertificate(person, '11010519491231002x', hasher, today);
    expect(stored.certEndingMac).toBe(hasher.ending('31002X'));
    expect(stored.certEndingMac).not.toBe(hasher.ending('310020'));
    expect(JSON.stringify(stored)).not.toContain('31002');
    expect(createCertHasher('another-key-that-is-long-enough-00').ending('31002X')).not.toBe(stored.certEndingMac);
  });

  it('clears the ending with the number, and keeps it when no number is sent', () => {
    const stored = withCertificate(person, '11010519491231002X', hasher, today);
    expect(withCertificate(stored, undefined, hasher, today).certEndingMac).toBe(stored.certEndingMac);
    expect(withCertificate(stored, '', hasher, today).certEndingMac).toBeNull();
  });
});
