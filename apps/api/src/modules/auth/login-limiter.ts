// Counts failed sign-ins per account and per IP in a sliding window, stored in the database so that
// every API process behind a load balancer sees the same counts.
import { createHash } from 'node:crypto';
import type { Clock } from '../../lib/clock.ts';
import type { AuthRepository } from './auth.repository.ts';

export type LoginLimiter = ReturnType<typeof createLoginLimiter>;

// Keys are hashed so the table holds neither email addresses nor IPs in clear.
const key = (kind: 'acct' | 'ip', value: string) =>
  `${kind}:${createHash('sha256').update(value).digest('hex').slice(0, 32)}`;

export function createLoginLimiter(deps: {
  repo: AuthRepository;
  clock: Clock;
  maxFailures: number;
  windowMinutes: number;
}) {
  const windowMs = deps.windowMinutes * 60_000;

  return {
    /** Seconds to wait before another try, or 0 when the account and the IP may try now. */
    async retryAfterSeconds(email: string, ip: string): Promise<number> {
      const now = deps.clock.now();
      const since = new Date(now.getTime() - windowMs);
      let wait = 0;
      for (const k of [key('acct', email), key('ip', ip)]) {
        const failures = await deps.repo.failuresSince(k, since);
        if (failures.length < deps.maxFailures) continue;
        // The window frees a slot when the oldest failure that still counts leaves it.
        const oldest = failures[failures.length - deps.maxFailures]!.at;
        wait = Math.max(wait, Math.ceil((oldest.getTime() + windowMs - now.getTime()) / 1000));
      }
      return wait;
    },
    recordFailure: (email: string, ip: string) =>
      deps.repo.recordFailures([key('acct', email), key('ip', ip)], deps.clock.now()),
    recordSuccess: (email: string) => deps.repo.clearFailures(key('acct', email)),
  };
}
