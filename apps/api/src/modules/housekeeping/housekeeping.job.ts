// Purges sign-in and SMS data once no limit or check needs it any more (PIPL: keep personal data no longer than
// needed): expired sessions, old failed sign-ins, spent SMS codes and ended filing-password locks.
import type { Clock } from '../../lib/clock.ts';
import type { HousekeepingRepository } from './housekeeping.repository.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * An expired session signs no one in; the week lets a reported misuse of an account still be traced to its sessions
 * (when, which browser) for a few days before they go.
 */
export const SESSION_KEEP_AFTER_EXPIRY_MS = 7 * DAY_MS;

/**
 * The sign-in limit counts failures within LOGIN_WINDOW_MINUTES only. A day (or the window, were it ever longer)
 * keeps every failure the limit still counts, plus the last day's for a look after an attack.
 */
export const loginAttemptRetentionMs = (windowMinutes: number) => Math.max(DAY_MS, windowMinutes * 60_000);

/**
 * Kept a day after it expired. A code matters for its five-minute validity, the one-minute resend wait and the
 * five-per-hour limit per number (which counts spent codes too, by when they were sent); a day is far past all three.
 */
export const SMS_CODE_KEEP_AFTER_EXPIRY_MS = DAY_MS;

/**
 * A lock row stops counting when its lock ends, or half an hour after its last failure when there is no lock; a day
 * after both it reads the same as no row at all.
 */
export const PASSWORD_LOCK_RETENTION_MS = DAY_MS;

/** Rows per DELETE: small enough that one statement holds its locks only briefly. */
export const PURGE_BATCH = 5_000;

export type PurgeReport = { sessions: number; loginAttempts: number; smsCodes: number; passwordLocks: number };

type DeleteBatch = (cutoff: Date, limit: number) => Promise<number>;

export function createExpiredPurge(deps: {
  repo: HousekeepingRepository;
  clock: Clock;
  loginWindowMinutes: number;
  batchSize?: number;
}) {
  const { repo, clock, loginWindowMinutes, batchSize = PURGE_BATCH } = deps;
  const loginAttemptsMs = loginAttemptRetentionMs(loginWindowMinutes);

  // Batch after batch until one comes back short, so a large backlog is removed in one run without a long lock.
  async function inBatches(deleteBatch: DeleteBatch, cutoff: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await deleteBatch(cutoff, batchSize);
      total += deleted;
      if (deleted < batchSize) return total;
    }
  }

  return async function purgeExpired(): Promise<PurgeReport> {
    const now = clock.now().getTime();
    const before = (ms: number) => new Date(now - ms);
    return {
      sessions: await inBatches(repo.deleteSessionsExpiredBefore, before(SESSION_KEEP_AFTER_EXPIRY_MS)),
      loginAttempts: await inBatches(repo.deleteLoginAttemptsBefore, before(loginAttemptsMs)),
      smsCodes: await inBatches(repo.deleteSmsCodesExpiredBefore, before(SMS_CODE_KEEP_AFTER_EXPIRY_MS)),
      passwordLocks: await inBatches(repo.deletePasswordLocksBefore, before(PASSWORD_LOCK_RETENTION_MS)),
    };
  };
}

export type ExpiredPurge = ReturnType<typeof createExpiredPurge>;
