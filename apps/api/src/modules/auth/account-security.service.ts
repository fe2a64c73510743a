// The signed-in account's own security: change the password (the current one required, every other session ended,
// the owner told by email), and see and end the sessions signed in to it.
import type { AccountSession, ChangePasswordBody } from '@beian/contracts';
import type { Db } from '../../infra/db.ts';
import { AppError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AccountOutbox } from './account-mail.ts';
import type { AuthRepository } from './auth.repository.ts';
import { rateLimited } from './auth.service.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { assertAcceptablePassword } from './password-policy.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import type { SessionEvictions } from './session-cache.ts';
import type { SignInKeys } from './sign-in-keys.ts';

/** Who is asking: the account and the session its cookie names. */
export type Caller = { accountId: string; sessionId: string };

export function createAccountSecurityService(deps: {
  db: Db;
  repo: AuthRepository;
  throttle: LoginThrottle;
  keys: SignInKeys;
  outbox: AccountOutbox;
  cache: SessionEvictions;
  clock: Clock;
}) {
  const { db, repo, throttle, keys, cache, clock } = deps;

  return {
    async sessions(caller: Caller): Promise<AccountSession[]> {
      const rows = await repo.liveSessions(caller.accountId, clock.now());
      return rows.map((s) => ({
        id: s.id,
        userAgent: s.userAgent,
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        current: s.id === caller.sessionId,
      }));
    },

    // Ended sessions are deleted; expired ones stay for the housekeeping week, to trace a misuse reported later.

    /** Ends one of the caller's sessions (another account's id reads as unknown). */
    async endSession(caller: Caller, sessionId: string): Promise<void> {
      const { count } = await repo.deleteSessionOf(caller.accountId, sessionId);
      cache.evictAccount(caller.accountId);
      if (count === 0) throw new NotFoundError('The session');
    },

    async endOtherSessions(caller: Caller): Promise<number> {
      const { count } = await repo.deleteSessionsExcept(caller.accountId, caller.sessionId, clock.now());
      cache.evictAccount(caller.accountId);
      return count;
    },

    /** Sets a new password and ends every other session; returns how many it ended. */
    async changePassword(caller: Caller, body: ChangePasswordBody): Promise<number> {
      const account = await repo.findAccountById(caller.accountId);
      if (!account) throw new NotFoundError('The account');
      await assertAcceptablePassword(body.newPassword, account.email, 'newPassword');
      // The current password is guessed no faster here than at sign-in, should someone borrow an open session.
      const key = keys.passwordChange(account.id);
      const reservation = await throttle.reserve([key]);
      if (!reservation.ok) throw rateLimited(reservation.retryAfterSeconds, 'wrong passwords');
      if (!(await verifyPassword(account.passwordHash, body.currentPassword))) {
        throw new AppError('CURRENT_PASSWORD_WRONG', 400, 'The current password is not correct.', {
          errors: [{ path: 'currentPassword', message: 'The current password is not correct.' }],
        });
      }
      await throttle.succeeded({ cleared: [key], forgiven: [] });
      const passwordHash = await hashPassword(body.newPassword);
      const now = clock.now();
      const ended = await db.$transaction(async (tx) => {
        await repo.updateAccount(account.id, { passwordHash }, now, tx);
        const { count } = await repo.deleteSessionsExcept(account.id, caller.sessionId, now, tx);
        await deps.outbox.email(
          {
            accountId: account.id,
            to: account.email,
            template: 'PASSWORD_CHANGED',
            params: { changedAt: now.toISOString(), locale: account.locale },
          },
          now,
          tx,
        );
        return count;
      });
      // After the commit, so that no lookup of this process reads the sessions back meanwhile.
      cache.evictAccount(account.id);
      return ended;
    },
  };
}

export type AccountSecurityService = ReturnType<typeof createAccountSecurityService>;
