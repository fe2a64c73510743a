// Answers kept for a while by key: a lookup made once per key per `ttlMs` (by the injected clock), however many ask
// at the same moment, and at most `max` keys kept (the least recently stored go first). A lookup that fails is not
// kept, so the next caller asks again; a clock set back makes every kept answer stale.
import type { Clock } from './clock.ts';

export type TtlCache<K, V> = {
  /** The kept answer for `key`, or `load()`'s (kept from now on, when it resolves). */
  get(key: K, load: () => Promise<V>): Promise<V>;
  /** How many keys are kept now. */
  readonly size: number;
};

export function createTtlCache<K, V>({ ttlMs, max, clock }: { ttlMs: number; max: number; clock: Clock }) {
  const kept = new Map<K, { answer: Promise<V>; at: number }>();
  const cache: TtlCache<K, V> = {
    get(key, load) {
      const now = clock.now().getTime();
      const entry = kept.get(key);
      if (entry && now >= entry.at && now < entry.at + ttlMs) return entry.answer;
      kept.delete(key);
      const answer = load();
      const mine = { answer, at: now };
      kept.set(key, mine);
      // Only the entry this call made is dropped: a later one for the same key may have replaced it meanwhile.
      answer.catch(() => {
        if (kept.get(key) === mine) kept.delete(key);
      });
      for (const oldest of kept.keys()) {
        if (kept.size <= max) break;
        kept.delete(oldest);
      }
      return answer;
    },
    get size() {
      return kept.size;
    },
  };
  return cache;
}
