// argon2id password hashing; a fixed dummy hash keeps unknown-account sign-ins as slow as real ones.
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hash('not-a-real-password-for-timing-only', OPTIONS);
    await verify(await dummyHash, password);
    return false;
  }
  return verify(storedHash, password);
}
