// The tokens of the emailed password reset and staff invitation links, derived from their row's id with a server
// secret like the confirmation link's (verification-token.ts): the outbox row holds only the id, the database only
// the token's SHA-256, and the link is rebuilt when the email is sent.
import { keyedMac } from '../../lib/keyed-mac.ts';

export function createLinkTokens(secret: string) {
  return {
    passwordReset: (resetId: string) => keyedMac(secret, 'password-reset', resetId),
    invitation: (invitationId: string) => keyedMac(secret, 'staff-invitation', invitationId),
  };
}

export type LinkTokens = ReturnType<typeof createLinkTokens>;
