// Sign-up, sign-in, sign-out and session lookup for every role.
import type { Account, Locale, LoginBody, RegisterBody } from '@beian/contracts';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthRepository } from './auth.repository.ts';
import type { LoginLimiter } from './login-limiter.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { hashSessionToken, newSessionToken } from './session-token.ts';

type AccountRow = NonNullable<Awaited<ReturnType<AuthRepository['findAccountById']>>>;

export const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  role: row.role,
  locale: row.locale === 'en-US' ? 'en-US' : 'zh-CN',
});

// Only touch lastSeenAt now and then: a write on every request would cost more than it tells.
const TOUCH_EVERY_MS = 5 * 60_000;

export type AuthServiceDeps = {
  repo: AuthRepository;
  limiter: LoginLimiter;
  clock: Clock;
  sessionTtlHours: number;
  /** Called after an account is created, e.g. to give a simulator account its demo resources. */
  onRegistered?: (accountId: string) => Promise<void>;
};

export function createAuthService(deps: AuthServiceDeps) {
  const { repo, limiter, clock } = deps;

  async function startSession(accountId: string, userAgent?: string) {
    const token = newSessionToken();
    const expiresAt = new Date(clock.now().getTime() + deps.sessionTtlHours * 3_600_000);
    await repo.createSession({
      tokenHash: hashSessionToken(token),
      accountId,
      expiresAt,
      userAgent: userAgent?.slice(0, 300),
    });
    return { token, expiresAt };
  }

  return {
    async register(body: RegisterBody, userAgent?: string) {
      if (await repo.findAccountByEmail(body.email)) {
        throw new AppError(
          'EMAIL_TAKEN',
          409,
          `An account with the email ${body.email} already exists. Sign in instead.`,
          {
            errors: [{ path: 'email', message: 'This email is already registered.' }],
          },
        );
      }
      const row = await repo.createAccount({
        email: body.email,
        displayName: body.displayName,
        passwordHash: await hashPassword(body.password),
      });
      await deps.onRegistered?.(row.id);
      return { account: toAccount(row), session: await startSession(row.id, userAgent) };
    },

    async login(body: LoginBody, ip: string, userAgent?: string) {
      const wait = await limiter.retryAfterSeconds(body.email, ip);
      if (wait > 0) {
        throw new AppError(
          'RATE_LIMITED',
          429,
          `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute(s).`,
          {
            headers: { 'retry-after': String(wait) },
          },
        );
      }
      const row = await repo.findAccountByEmail(body.email);
      const valid = await verifyPassword(row?.passwordHash ?? null, body.password);
      if (!row || !valid) {
        await limiter.recordFailure(body.email, ip);
        // One answer for an unknown email and a wrong password, so accounts cannot be discovered.
        throw new AppError('INVALID_CREDENTIALS', 401, 'The email or password is not correct.');
      }
      if (!row.active)
        throw new AppError('ACCOUNT_DISABLED', 403, 'This account has been disabled by an administrator.');
      await limiter.recordSuccess(body.email);
      return { account: toAccount(row), session: await startSession(row.id, userAgent) };
    },

    logout: (token: string) => repo.deleteSession(hashSessionToken(token)),

    /** The account behind a session cookie, or null when the session is unknown, expired or disabled. */
    async resolveSession(token: string): Promise<Account | null> {
      const session = await repo.findSession(hashSessionToken(token));
      const now = clock.now();
      if (!session || session.expiresAt <= now || !session.account.active) return null;
      if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await repo.touchSession(session.id, now);
      return toAccount(session.account);
    },

    async updateLocale(accountId: string, locale: Locale) {
      await repo.updateLocale(accountId, locale);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
