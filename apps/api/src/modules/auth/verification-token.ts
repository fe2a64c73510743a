// The token of an emailed confirmation link is derived from its row's id with a server secret: the outbox row that
// waits for delivery holds only the id, the database only the token's SHA-256, and the link is rebuilt at sending.
import { keyedMac } from '../../lib/keyed-mac.ts';

export function createVerificationTokens(secret: string) {
  return {
    tokenFor: (verificationId: string) => keyedMac(secret, 'email-verification', verificationId),
  };
}

export type VerificationTokens = ReturnType<typeof createVerificationTokens>;
