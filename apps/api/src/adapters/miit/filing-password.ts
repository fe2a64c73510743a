// Filing passwords in the MIIT simulator are kept as an HMAC, never in clear. HMAC rather than argon2: the seed hashes
// dozens at start-up, and the subject step rate-limits guesses (5 wrong lock the subject), which is what protects them.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type FilingPasswordHasher = ReturnType<typeof createFilingPasswordHasher>;

export function createFilingPasswordHasher(key: string) {
  // The subject's number is mixed in so that equal passwords of two subjects do not show as equal hashes.
  const hash = (subjectFilingNo: string, password: string) =>
    createHmac('sha256', key).update(`miit-filing-password\0${subjectFilingNo}\0${password}`).digest('hex');
  return {
    hash,
    verify(subjectFilingNo: string, password: string, stored: string): boolean {
      const actual = Buffer.from(hash(subjectFilingNo, password), 'hex');
      const expected = Buffer.from(stored, 'hex');
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
  };
}
