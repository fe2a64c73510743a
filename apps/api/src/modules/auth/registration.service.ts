// Self-registration that gives nothing away: a new address and one that already has an account get the same answer
// (after the same password hashing), and an email tells the address's owner what happened: a link to confirm a new
// account, or a note that someone tried to register again. Opening the link confirms the account and signs in.
import { randomUUID } from 'node:crypto';
import type { Account, RegisterBody } from '@beian/contracts';
import type { Db, Tx } from '../../infra/db.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AccountEmailTemplate } from './account-email-texts.ts';
import type { AccountOutbox } from './account-mail.ts';
import type { AuthRepository } from './auth.repository.ts';
import { toAccount } from './auth.service.ts';
import { assertAcceptablePassword } from './password-policy.ts';
import { hashPassword } from './passwords.ts';
import type { BrowserContext, SessionOpener } from './session-opener.ts';
import { hashToken } from './session-token.ts';
import type { VerificationTokens } from './verification-token.ts';

const HOUR_MS = 3_600_000;
/** How long an emailed link confirms the registration. */
export const VERIFICATION_TTL_MS = 24 * HOUR_MS;
/** Registration emails one address receives per hour at most; more tries are answered alike but send nothing. */
export const REGISTRATION_EMAILS_PER_HOUR = 5;
const REGISTRATION_EMAILS: AccountEmailTemplate[] = ['ACCOUNT_VERIFY', 'REGISTRATION_ATTEMPT'];

const linkInvalid = () =>
  new AppError(
    'VERIFICATION_LINK_INVALID',
    400,
    'This confirmation link has expired or has already been used. Sign in, or register again to get a new link.',
  );

export function createRegistrationService(deps: {
  db: Db;
  repo: AuthRepository;
  outbox: AccountOutbox;
  tokens: VerificationTokens;
  openSession: SessionOpener;
  clock: Clock;
  /** Called once an account is confirmed, e.g. to give a simulator account its demo resources. */
  onVerified?: (accountId: string) => Promise<void>;
}) {
  const { db, repo, outbox, clock } = deps;

  async function send(
    to: { id: string; email: string },
    template: AccountEmailTemplate,
    params: Record<string, string>,
    now: Date,
    tx: Tx,
  ) {
    const recent = await outbox.countSince(to.id, REGISTRATION_EMAILS, new Date(now.getTime() - HOUR_MS), tx);
    if (recent >= REGISTRATION_EMAILS_PER_HOUR) return;
    await outbox.email({ accountId: to.id, to: to.email, template, params }, now, tx);
  }

  return {
    async register(body: RegisterBody): Promise<void> {
      await assertAcceptablePassword(body.password, body.email, 'password');
      // Hashed whether or not the address is new, so both answers take as long.
      const passwordHash = await hashPassword(body.password);
      const locale = body.locale ?? 'zh-CN';
      const now = clock.now();
      await db.$transaction(async (tx) => {
        await repo.lockAddress(body.email, tx);
        const existing = await repo.findAccountByEmail(body.email, tx);
        if (existing?.emailVerified) {
          await send(existing, 'REGISTRATION_ATTEMPT', { locale: existing.locale }, now, tx);
          return;
        }
        // A registration not yet confirmed is replaced: its password, name and language, and its link.
        const data = { passwordHash, displayName: body.displayName, locale };
        const account = existing
          ? await repo.updateAccount(existing.id, data, now, tx)
          : await repo.createAccount({ ...data, email: body.email, emailVerified: false }, now, tx);
        await repo.deleteVerificationsOf(account.id, tx);
        const id = randomUUID();
        const expiresAt = new Date(now.getTime() + VERIFICATION_TTL_MS);
        const tokenHash = hashToken(deps.tokens.tokenFor(id));
        await repo.createVerification({ id, tokenHash, accountId: account.id, createdAt: now, expiresAt }, tx);
        await send(
          account,
          'ACCOUNT_VERIFY',
          { verificationId: id, expiresAt: expiresAt.toISOString(), locale },
          now,
          tx,
        );
      });
    },

    /** Confirms the account of an emailed link (once) and signs this browser in to it. */
    async verifyEmail(token: string, browser: BrowserContext) {
      const link = await repo.findVerification(hashToken(token));
      const now = clock.now();
      if (!link || link.expiresAt <= now) throw linkInvalid();
      if (!link.account.active) {
        throw new AppError('ACCOUNT_DISABLED', 403, 'This account has been disabled by an administrator.');
      }
      const row = await db.$transaction(async (tx) => {
        // Whoever deletes the link first confirms; a second click (or a racing one) finds it gone.
        const { count } = await repo.deleteVerification(link.id, tx);
        if (count === 0) throw linkInvalid();
        await repo.deleteVerificationsOf(link.accountId, tx);
        return repo.updateAccount(link.accountId, { emailVerified: true }, now, tx);
      });
      await deps.onVerified?.(row.id);
      const account: Account = toAccount(row);
      return { account, session: await deps.openSession(row.id, browser) };
    },
  };
}

export type RegistrationService = ReturnType<typeof createRegistrationService>;
