// Opens a session after a proven sign-in (password, or an emailed link): a fresh session token, the browser's old
// session ended, the oldest sessions beyond the account's limit ended, and this browser remembered as a known device.
import type { Clock } from '../../lib/clock.ts';
import type { AuthRepository } from './auth.repository.ts';
import type { SessionEvictions } from './session-cache.ts';
import { hashToken, newToken } from './session-token.ts';

/** Signed-in browsers per account; a new sign-in beyond it ends the one seen least recently. */
export const MAX_SESSIONS_PER_ACCOUNT = 10;

const TOKEN = /^[\w-]{43}$/;

export type BrowserContext = {
  userAgent?: string;
  /** The session cookie the browser still sends, if any: signing in again replaces it. */
  sessionToken?: string;
  /** The known-device cookie, if any. */
  deviceToken?: string;
};

export type OpenedSession = { token: string; expiresAt: Date; deviceToken: string };

export function createSessionOpener(deps: {
  repo: AuthRepository;
  cache: SessionEvictions;
  clock: Clock;
  sessionTtlHours: number;
}) {
  const { repo, cache, clock } = deps;

  return async function openSession(accountId: string, browser: BrowserContext): Promise<OpenedSession> {
    const now = clock.now();
    if (browser.sessionToken) {
      const old = hashToken(browser.sessionToken);
      await repo.deleteSession(old);
      cache.evictToken(old);
    }
    const token = newToken();
    const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3_600_000);
    const created = await repo.createSession({
      tokenHash: hashToken(token),
      accountId,
      createdAt: now,
      expiresAt,
      userAgent: browser.userAgent?.slice(0, 300),
    });
    // The new session always stays; of the others, the ones seen most recently fill the remaining places.
    const others = (await repo.liveSessions(accountId, now)).filter((s) => s.id !== created.id);
    const beyond = others.slice(MAX_SESSIONS_PER_ACCOUNT - 1);
    if (beyond.length > 0) {
      await repo.deleteSessions(beyond.map((s) => s.id));
      cache.evictAccount(accountId);
    }
    // One device cookie per browser, shared by every account signed in there.
    const deviceToken = browser.deviceToken && TOKEN.test(browser.deviceToken) ? browser.deviceToken : newToken();
    await repo.rememberDevice(hashToken(deviceToken), accountId, now);
    return { token, expiresAt, deviceToken };
  };
}

export type SessionOpener = ReturnType<typeof createSessionOpener>;
