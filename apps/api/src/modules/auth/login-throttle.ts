// Slows down password guessing without locking anyone out: every key (the account's email, the IP, a known device)
// has a few free failures per window, then a wait that doubles with each failure up to a short cap. A try is
// reserved on all its keys at once before the password is checked, so parallel tries cannot slip past the count.
import type { Db } from '../../infra/db.ts';
import type { Clock } from '../../lib/clock.ts';
import type { LoginThrottleRepository } from './login-throttle.repository.ts';

export type ThrottleRule = { freeFailures: number; maxDelaySeconds: number };
export type ThrottleKey = { key: string; rule: ThrottleRule };
export type Reservation = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Thrown inside the reservation's transaction to undo the keys already counted when a later one must wait. */
class MustWait extends Error {}

export function createLoginThrottle(deps: {
  db: Db;
  repo: LoginThrottleRepository;
  clock: Clock;
  windowMinutes: number;
}) {
  const { db, repo, clock } = deps;
  const windowMs = deps.windowMinutes * 60_000;

  return {
    /**
     * Counts a try against every key, as a failure until `succeeded` says otherwise, or against none when any key must
     * still wait. Keys are taken in a fixed order so that two tries sharing keys never wait on each other in a circle.
     */
    async reserve(keys: readonly ThrottleKey[]): Promise<Reservation> {
      const now = clock.now();
      const windowFrom = new Date(now.getTime() - windowMs);
      const ordered = [...keys].sort((a, b) => a.key.localeCompare(b.key));
      try {
        await db.$transaction(
          async (tx) => {
            for (const { key, rule } of ordered) {
              if (!(await repo.reserve(key, rule, now, windowFrom, tx))) throw new MustWait();
            }
          },
          // A burst of tries on one account queues on its row; give the queue time rather than fail it.
          { maxWait: 15_000, timeout: 15_000 },
        );
        return { ok: true };
      } catch (error) {
        if (!(error instanceof MustWait)) throw error;
        const until = await repo.waitUntil(ordered.map((k) => k.key));
        const ms = until ? until.getTime() - now.getTime() : 0;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) };
      }
    },

    /** The password was right: `cleared` keys start over, `forgiven` ones take back the try (an IP keeps its others). */
    async succeeded({ cleared, forgiven }: { cleared: readonly ThrottleKey[]; forgiven: readonly ThrottleKey[] }) {
      for (const { key } of cleared) await repo.clear(key);
      for (const { key } of forgiven) await repo.forgive(key);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
