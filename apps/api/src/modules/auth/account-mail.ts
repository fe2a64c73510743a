// The account's own emails go through the notification outbox like every other email: written in the transaction
// that causes them and sent after commit, which also keeps slow mail servers out of the request.
import type { Tx } from '../../infra/db.ts';
import {
  type AccountEmailLinks,
  type AccountEmailTemplate,
  accountEmailOf,
  isAccountEmailTemplate,
} from './account-email-texts.ts';
import type { LinkTokens } from './link-tokens.ts';
import type { VerificationTokens } from './verification-token.ts';

export type AccountEmail = {
  accountId: string;
  to: string;
  template: AccountEmailTemplate;
  params: Record<string, string>;
};

/** What the auth module needs from the outbox (wired in app.ts). */
export type AccountOutbox = {
  email: (email: AccountEmail, now: Date, tx: Tx) => Promise<void>;
  /** How many of these emails the account was sent since `since`. */
  countSince: (accountId: string, templates: readonly AccountEmailTemplate[], since: Date, tx: Tx) => Promise<number>;
};

/** Links in account emails, under the console's public address. */
export function accountEmailLinks(
  publicUrl: string,
  tokens: VerificationTokens,
  linkTokens: LinkTokens,
): AccountEmailLinks {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    // In the fragment, so the token never reaches a server log, a proxy or a Referer header.
    verify: (verificationId) => `${base}/verify-email#token=${tokens.tokenFor(verificationId)}`,
    resetPassword: (resetId) => `${base}/reset-password#token=${linkTokens.passwordReset(resetId)}`,
    invitation: (invitationId) => `${base}/invite#token=${linkTokens.invitation(invitationId)}`,
    signIn: `${base}/login`,
    account: `${base}/account`,
  };
}

/** For the delivery job: the words of an account email, or undefined for a template that is not one. */
export function createAccountEmailRenderer(links: AccountEmailLinks) {
  return (template: string, params: Readonly<Record<string, string>>) =>
    isAccountEmailTemplate(template) ? accountEmailOf(template, params, links) : undefined;
}
