// A forgotten password: the request answers the same whether or not the address has an account, and only an active,
// confirmed account gets the emailed one-time link (good for PASSWORD_RESET_TTL_MS; a newer link ends the older ones).
// Completing it sets the password (the same policy as everywhere), ends every session and known device of the
// account, tells the owner by email and is audited, all in one transaction. Every unusable link is answered alike.
import { randomUUID } from 'node:crypto';
import type { PasswordResetCompleteBody } from '@beian/contracts';
import type { Db } from '../../infra/db.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { AccountOutbox } from './account-mail.ts';
import type { AuthRepository } from './auth.repository.ts';
import type { LinkTokens } from './link-tokens.ts';
import { assertAcceptablePassword } from './password-policy.ts';
import type { PasswordResetRepository } from './password-reset.repository.ts';
import { hashPassword } from './passwords.ts';
import type { SessionEvictions } from './session-cache.ts';
import { hashToken } from './session-token.ts';

/** How long an emailed reset link works. */
export const PASSWORD_RESET_TTL_MS = 60 * 60_000;
/** Reset emails one account receives per hour at most; further requests are answered alike but send nothing. */
export const PASSWORD_RESET_EMAILS_PER_HOUR = 5;

const linkInvalid = () =>
  new AppError(
    'PASSWORD_RESET_LINK_INVALID',
    400,
    'This password reset link has expired, has been used, or was replaced by a newer one. Ask for a new link.',
  );

export function createPasswordResetService(deps: {
  db: Db;
  repo: PasswordResetRepository;
  authRepo: AuthRepository;
  audit: AuditRepository;
  outbox: AccountOutbox;
  tokens: LinkTokens;
  cache: SessionEvictions;
  clock: Clock;
}) {
  const { db, repo, authRepo, audit, outbox, cache, clock } = deps;

  return {
    /** Emails a reset link when the address belongs to an active, confirmed account; silent otherwise. */
    async request(email: string): Promise<void> {
      const account = await authRepo.findAccountByEmail(email);
      if (!account?.active || !account.emailVerified) return;
      await db.$transaction(async (tx) => {
        const now = clock.now();
        await repo.lockAccount(account.id, tx);
        const since = new Date(now.getTime() - 3_600_000);
        if ((await outbox.countSince(account.id, ['PASSWORD_RESET'], since, tx)) >= PASSWORD_RESET_EMAILS_PER_HOUR) {
          return;
        }
        await repo.dropUnused(account.id, tx);
        const id = randomUUID();
        const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
        await repo.create(
          { id, tokenHash: hashToken(deps.tokens.passwordReset(id)), accountId: account.id, createdAt: now, expiresAt },
          tx,
        );
        await outbox.email(
          {
            accountId: account.id,
            to: account.email,
            template: 'PASSWORD_RESET',
            params: { resetId: id, expiresAt: expiresAt.toISOString(), locale: account.locale },
          },
          now,
          tx,
        );
      });
    },

    /** Sets the new password with a reset link's token; the account is signed out everywhere. */
    async complete(body: PasswordResetCompleteBody, requestId: string): Promise<void> {
      const link = await repo.findUsable(hashToken(body.token), clock.now());
      if (!link?.account.active) throw linkInvalid();
      const { account } = link;
      await assertAcceptablePassword(body.password, account.email, 'password');
      const passwordHash = await hashPassword(body.password);
      await db.$transaction(async (tx) => {
        const now = clock.now();
        await repo.lockAccount(account.id, tx);
        if (!(await repo.use(link.id, now, tx))) throw linkInvalid();
        await authRepo.updateAccount(account.id, { passwordHash }, now, tx);
        await repo.dropUnused(account.id, tx);
        const endedSessions = await repo.endSessionsAndDevices(account.id, tx);
        await outbox.email(
          {
            accountId: account.id,
            to: account.email,
            template: 'PASSWORD_CHANGED',
            params: { changedAt: now.toISOString(), locale: account.locale },
          },
          now,
          tx,
        );
        await audit.append(
          {
            actorId: account.id,
            action: 'account.passwordReset',
            targetType: 'account',
            targetId: account.id,
            detail: { endedSessions },
            requestId,
            at: now,
          },
          tx,
        );
      });
      // After the commit, so that no lookup of this process reads the ended sessions back meanwhile.
      cache.evictAccount(account.id);
    },
  };
}

export type PasswordResetService = ReturnType<typeof createPasswordResetService>;
