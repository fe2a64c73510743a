// The token of an emailed confirmation link is derived from its row's id with a server secret: the outbox row that
// waits for delivery holds only the id, the database only the token's SHA-256, and the link is rebuilt at sending.
import { createHmac } from 'node:crypto';

export function createVerificationTokens(secret: string) {
  return {
    tokenFor: (verificationId: string) =>
      createHmac('sha256', secret).update(`email-verification\0${verificationId}`).digest('base64url'),
  };
}

export type VerificationTokens = ReturnType<typeof createVerificationTokens>;
