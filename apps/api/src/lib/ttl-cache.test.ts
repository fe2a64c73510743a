import { describe, expect, it } from 'vitest';
import type { Clock } from './clock.ts';
import { createTtlCache } from './ttl-cache.ts';

function clockAt(ms: number) {
  let now = ms;
  const clock: Clock = { now: () => new Date(now) };
  return { clock, advance: (by: number) => (now += by) };
}

/** A load that counts its calls and answers `answer(call)`. */
function counted<V>(answer: (call: number) => V) {
  let calls = 0;
  return {
    load: async () => answer(++calls),
    get calls() {
      return calls;
    },
  };
}

describe('createTtlCache', () => {
  it('asks once per key for callers at the same moment and while the answer is fresh, and again once it is stale', async () => {
    const { clock, advance } = clockAt(Date.UTC(2026, 11, 5));
    const cache = createTtlCache<string, string>({ ttlMs: 60_000, max: 10, clock });
    const source = counted((call) => `answer ${call}`);

    const together = await Promise.all([1, 2, 3].map(() => cache.get('a', source.load)));
    expect(together).toEqual(['answer 1', 'answer 1', 'answer 1']);
    advance(59_999);
    expect(await cache.get('a', source.load)).toBe('answer 1');
    expect(source.calls).toBe(1);

    advance(1);
    expect(await cache.get('a', source.load)).toBe('answer 2');
    expect(source.calls).toBe(2);
    // Another key is asked on its own.
    expect(await cache.get('b', source.load)).toBe('answer 3');
  });

  it('asks again once the clock is set back', async () => {
    const { clock, advance } = clockAt(Date.UTC(2026, 11, 5));
    const cache = createTtlCache<string, string>({ ttlMs: 60_000, max: 10, clock });
    const source = counted((call) => `answer ${call}`);
    expect(await cache.get('a', source.load)).toBe('answer 1');
    advance(-1);
    expect(await cache.get('a', source.load)).toBe('answer 2');
    expect(source.calls).toBe(2);
  });

  it('keeps a null answer like any other', async () => {
    const { clock } = clockAt(0);
    const cache = createTtlCache<string, string | null>({ ttlMs: 1_000, max: 10, clock });
    const source = counted(() => null);
    expect(await cache.get('missing', source.load)).toBeNull();
    expect(await cache.get('missing', source.load)).toBeNull();
    expect(source.calls).toBe(1);
  });

  it('does not keep a failure: the callers waiting on it see it, the next caller asks again', async () => {
    const { clock } = clockAt(0);
    const cache = createTtlCache<string, string>({ ttlMs: 60_000, max: 10, clock });
    const source = counted((call) => {
      if (call === 1) throw new Error('registry unreachable');
      return 'answer';
    });
    const first = cache.get('a', source.load);
    const waiting = cache.get('a', source.load);
    await expect(first).rejects.toThrow('registry unreachable');
    await expect(waiting).rejects.toThrow('registry unreachable');
    expect(cache.size).toBe(0);
    expect(await cache.get('a', source.load)).toBe('answer');
    expect(source.calls).toBe(2);
  });

  it('a failure of a stale answer does not drop the fresh one that replaced it', async () => {
    const { clock, advance } = clockAt(0);
    const cache = createTtlCache<string, string>({ ttlMs: 1_000, max: 10, clock });
    let fail: (e: Error) => void = () => {};
    const slow = cache.get('a', () => new Promise<string>((_, reject) => (fail = reject)));
    advance(1_000);
    expect(await cache.get('a', async () => 'fresh')).toBe('fresh');
    fail(new Error('late failure'));
    await expect(slow).rejects.toThrow('late failure');
    expect(await cache.get('a', async () => 'asked again')).toBe('fresh');
  });

  it('keeps at most `max` keys, dropping the one stored longest ago', async () => {
    const { clock } = clockAt(0);
    const cache = createTtlCache<number, number>({ ttlMs: 60_000, max: 3, clock });
    for (const key of [1, 2, 3, 4]) await cache.get(key, async () => key * 10);
    expect(cache.size).toBe(3);
    const source = counted(() => -1);
    expect(await cache.get(4, source.load)).toBe(40);
    expect(await cache.get(2, source.load)).toBe(20);
    expect(source.calls).toBe(0);
    expect(await cache.get(1, source.load)).toBe(-1);
    expect(source.calls).toBe(1);
    expect(cache.size).toBe(3);
  });
});
