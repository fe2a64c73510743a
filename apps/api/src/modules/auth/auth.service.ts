// Sign-in, sign-out and session lookup for every role. Sign-in is slowed down per account, per IP and per known
// device (login-throttle.ts); its answers never tell a guesser whether an address has an account.
import type { Account, Locale, LoginBody } from '@beian/contracts';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthRepository } from './auth.repository.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { verifyPassword } from './passwords.ts';
import type { SessionCache } from './session-cache.ts';
import type { SessionLookup } from './session-lookup.repository.ts';
import type { BrowserContext, SessionOpener } from './session-opener.ts';
import { hashToken } from './session-token.ts';
import type { SignInKeys } from './sign-in-keys.ts';

type AccountRow = Pick<
  NonNullable<Awaited<ReturnType<AuthRepository['findAccountById']>>>,
  'id' | 'email' | 'displayName' | 'role' | 'locale'
>;

export const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  role: row.role,
  locale: row.locale === 'en-US' ? 'en-US' : 'zh-CN',
});

// Only touch lastSeenAt now and then: a write on every request would cost more than it tells.
const TOUCH_EVERY_MS = 5 * 60_000;

/** The 429 of a throttled password check, saying how long to wait (`what` failed too often). */
export function rateLimited(retryAfterSeconds: number, what = 'failed sign-ins'): AppError {
  return new AppError(
    'RATE_LIMITED',
    429,
    `Too many ${what}. Wait ${retryAfterSeconds} second(s) before trying again.`,
    {
      headers: { 'retry-after': String(retryAfterSeconds) },
    },
  );
}

export type AuthServiceDeps = {
  repo: AuthRepository;
  sessions: SessionLookup;
  /** The sessions looked up lately (docs/decisions/042); off, it makes every request ask the database. */
  cache: SessionCache;
  throttle: LoginThrottle;
  keys: SignInKeys;
  openSession: SessionOpener;
  clock: Clock;
};

export function createAuthService(deps: AuthServiceDeps) {
  const { repo, sessions, cache, throttle, keys, clock } = deps;

  async function lookUp(tokenHash: string) {
    const mark = cache.mark();
    const session = await sessions.find(tokenHash);
    if (session) cache.fill(tokenHash, session, mark);
    return session;
  }

  return {
    async login(body: LoginBody, ip: string, browser: BrowserContext) {
      const row = await repo.findAccountByEmail(body.email);
      const device =
        row && browser.deviceToken ? await repo.findKnownDevice(hashToken(browser.deviceToken), row.id) : null;
      // A browser the owner signed in from before is counted on its own and passes the account's and the IP's wait.
      const tryKeys = device ? [keys.device(device.id)] : [keys.account(body.email), keys.ip(ip)];
      const reservation = await throttle.reserve(tryKeys);
      if (!reservation.ok) throw rateLimited(reservation.retryAfterSeconds);

      // An unknown email still costs one argon2 verification, and an unconfirmed account answers like a wrong
      // password (and stays counted): otherwise registering an address and signing in would tell whether it was new.
      const valid = await verifyPassword(row?.passwordHash ?? null, body.password);
      if (!row || !valid || !row.emailVerified) {
        throw new AppError(
          'INVALID_CREDENTIALS',
          401,
          'The email or password is not correct, or the email address has not been confirmed yet.',
        );
      }
      if (!row.active)
        throw new AppError('ACCOUNT_DISABLED', 403, 'This account has been disabled by an administrator.');
      await throttle.succeeded(
        device ? { cleared: tryKeys, forgiven: [] } : { cleared: [keys.account(body.email)], forgiven: [keys.ip(ip)] },
      );
      return { account: toAccount(row), session: await deps.openSession(row.id, browser) };
    },

    async logout(token: string) {
      const tokenHash = hashToken(token);
      await repo.deleteSession(tokenHash);
      cache.evictToken(tokenHash);
    },

    /**
     * The account behind a session cookie, or null when the session is unknown, expired or disabled. The expiry and
     * the account's state are judged on every request, cached or not.
     */
    async resolveSession(token: string): Promise<{ account: Account; sessionId: string } | null> {
      const tokenHash = hashToken(token);
      const session = cache.get(tokenHash) ?? (await lookUp(tokenHash));
      const now = clock.now();
      if (!session || session.expiresAt <= now || !session.account.active) return null;
      if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
        await repo.touchSession(session.id, now);
        cache.touched(tokenHash, now);
      }
      return { account: toAccount(session.account), sessionId: session.id };
    },

    async updateLocale(accountId: string, locale: Locale) {
      await repo.updateAccount(accountId, { locale }, clock.now());
      cache.evictAccount(accountId);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
