// The session cache's bounds on the injected clock: the TTL, the least-recently-used limit, the switch that the
// listener throws, and evictions that keep a lookup begun before them from filling.
import { describe, expect, it } from 'vitest';
import { createSessionCache } from './session-cache.ts';
import type { SessionWithAccount } from './session-lookup.repository.ts';

const start = new Date('2026-11-30T02:00:00Z');
function clockAt(at = start) {
  let now = at;
  return { now: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const session = (n: number, accountId = `account-${n}`): SessionWithAccount => ({
  id: `session-${n}`,
  lastSeenAt: start,
  expiresAt: new Date(start.getTime() + 86_400_000),
  account: {
    id: accountId,
    email: `${n}@example.com`,
    displayName: `n${n}`,
    role: 'APPLICANT',
    active: true,
    locale: 'zh-CN',
  },
});

function onCache(options: { maxEntries?: number; ttlMs?: number } = {}) {
  const clock = clockAt();
  const cache = createSessionCache({ clock, ...options });
  cache.enable();
  const put = (key: string, value: SessionWithAccount) => cache.fill(key, value, cache.mark());
  return { clock, cache, put };
}

describe('the session cache', () => {
  it('forgets an entry once its TTL has passed on the app clock, and when the clock goes back', () => {
    const { clock, cache, put } = onCache({ ttlMs: 10_000 });
    put('a', session(1));
    clock.advance(9_999);
    expect(cache.get('a')).toEqual(session(1));
    clock.advance(1);
    expect(cache.get('a')).toBeNull();
    expect(cache.size).toBe(0);

    put('b', session(2));
    clock.advance(-1);
    expect(cache.get('b')).toBeNull();
  });

  it('holds at most maxEntries, dropping the least recently used', () => {
    const { cache, put } = onCache({ maxEntries: 3 });
    put('a', session(1));
    put('b', session(2));
    put('c', session(3));
    expect(cache.get('a')).not.toBeNull();
    put('d', session(4));
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeNull();
    expect(['a', 'c', 'd'].map((key) => cache.get(key)?.id)).toEqual(['session-1', 'session-3', 'session-4']);
  });

  it('keeps nothing while off, and is empty when turned on or off', () => {
    const { cache, put } = onCache();
    put('a', session(1));
    cache.disable();
    expect(cache.get('a')).toBeNull();
    put('a', session(1));
    expect(cache.size).toBe(0);
    cache.enable();
    put('a', session(1));
    cache.enable();
    expect(cache.get('a')).toBeNull();
  });

  it('evicts every session of an account, or one token, and lets no lookup begun before fill', () => {
    const { cache, put } = onCache();
    put('a1', session(1, 'A'));
    put('a2', session(2, 'A'));
    put('b', session(3, 'B'));
    cache.evictAccount('A');
    expect([cache.get('a1'), cache.get('a2')]).toEqual([null, null]);
    expect(cache.get('b')?.id).toBe('session-3');
    cache.evictToken('b');
    expect(cache.get('b')).toBeNull();

    const mark = cache.mark();
    cache.evictAccount('someone else');
    cache.fill('a1', session(1, 'A'), mark);
    expect(cache.get('a1')).toBeNull();
    cache.fill('a1', session(1, 'A'), cache.mark());
    expect(cache.get('a1')?.id).toBe('session-1');
  });

  it('follows a lastSeenAt touch without moving the entry past its TTL', () => {
    const { clock, cache, put } = onCache({ ttlMs: 10_000 });
    put('a', session(1));
    clock.advance(6_000);
    cache.touched('a', clock.now());
    expect(cache.get('a')?.lastSeenAt).toEqual(clock.now());
    clock.advance(4_000);
    expect(cache.get('a')).toBeNull();
  });
});
