// The sessions this process looked up lately, by token hash, so that a signed-in read does not pay a round trip to
// PostgreSQL for who is asking (docs/decisions/042). It holds at most `maxEntries` (the least recently used go first)
// for at most `ttlMs` on the app's clock, and only while the invalidation listener is up: enable() and disable() are
// its switch, and both empty it. Whatever ends or changes a session or an account evicts here as well as in every
// other process (through the database's notifications); a lookup that started before an eviction does not fill.
import type { Clock } from '../../lib/clock.ts';
import type { SessionWithAccount } from './session-lookup.repository.ts';

/** Thousands of signed-in browsers at a few hundred bytes each: a bound of about a megabyte and a half. */
export const SESSION_CACHE_ENTRIES = 5000;
/** The safety net: a change the notifications missed is seen after this long at most. */
export const SESSION_CACHE_TTL_MS = 10_000;

type Entry = { session: SessionWithAccount; storedAt: number };

/** What code that ends or changes sessions and accounts needs of the cache. */
export type SessionEvictions = {
  /** Every cached session of the account, after a change to the account or to any of its sessions. */
  evictAccount(accountId: string): void;
  /** The one session with this token hash (sign-out). */
  evictToken(tokenHash: string): void;
};

export function createSessionCache(deps: { clock: Clock; maxEntries?: number; ttlMs?: number }) {
  const { clock, maxEntries = SESSION_CACHE_ENTRIES, ttlMs = SESSION_CACHE_TTL_MS } = deps;
  const entries = new Map<string, Entry>();
  let enabled = false;
  // Counts evictions: a lookup notes it before asking the database and fills only if it has not moved since.
  let evictions = 0;

  const reset = (on: boolean) => {
    entries.clear();
    evictions += 1;
    enabled = on;
  };

  return {
    /** The cached session, or null when there is none, it is older than the TTL or the cache is off. */
    get(tokenHash: string): SessionWithAccount | null {
      const entry = entries.get(tokenHash);
      if (!entry) return null;
      const age = clock.now().getTime() - entry.storedAt;
      // A clock set back counts as stale too: the age of the entry is unknown then.
      if (age >= ttlMs || age < 0) {
        entries.delete(tokenHash);
        return null;
      }
      // Most recently used last, so that the bound drops the oldest first.
      entries.delete(tokenHash);
      entries.set(tokenHash, entry);
      return entry.session;
    },

    /** Taken before the lookup whose answer goes to fill(). */
    mark: () => evictions,

    /** Keeps what a lookup begun at `mark` found, unless something was evicted meanwhile or the cache is off. */
    fill(tokenHash: string, session: SessionWithAccount, mark: number) {
      if (!enabled || mark !== evictions) return;
      entries.delete(tokenHash);
      entries.set(tokenHash, { session, storedAt: clock.now().getTime() });
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
    },

    /** The session's lastSeenAt was written: the cached copy follows, so that it is not written again at once. */
    touched(tokenHash: string, at: Date) {
      const entry = entries.get(tokenHash);
      if (entry) entry.session = { ...entry.session, lastSeenAt: at };
    },

    evictAccount(accountId: string) {
      evictions += 1;
      for (const [tokenHash, entry] of entries) {
        if (entry.session.account.id === accountId) entries.delete(tokenHash);
      }
    },

    evictToken(tokenHash: string) {
      evictions += 1;
      entries.delete(tokenHash);
    },

    /** Everything (a table emptied at once). */
    evictAll: () => reset(enabled),

    /** On when the listener is up (and empty then: what it missed while down is not known). */
    enable: () => reset(true),
    /** Off and empty when the listener is down: every request asks the database. */
    disable: () => reset(false),

    get enabled() {
      return enabled;
    },
    get size() {
      return entries.size;
    },
  } satisfies SessionEvictions & Record<string, unknown>;
}

export type SessionCache = ReturnType<typeof createSessionCache>;
