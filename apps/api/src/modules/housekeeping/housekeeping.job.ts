// Purges sign-in and SMS data once no limit or check needs it any more (PIPL: keep personal data no longer than
// needed): expired sessions, old sign-in counters, forgotten browsers, registrations never confirmed, spent SMS codes
// ended filing-password locks, the app check's phone links, password reset links and staff invitations.
import type { Clock } from '../../lib/clock.ts';
import { deleteInBatches, PURGE_BATCH } from '../../lib/delete-in-batches.ts';
import type { HousekeepingRepository } from './housekeeping.repository.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * An expired session signs no one in; the week lets a reported misuse of an account still be traced to its sessions
 * (when, which browser) for a few days before they go.
 */
export const SESSION_KEEP_AFTER_EXPIRY_MS = 7 * DAY_MS;

/**
 * A sign-in counter counts within its LOGIN_WINDOW_MINUTES window only. A day after its window started (or the
 * window, were it ever longer) it reads as no row at all; the day keeps the last day's counts for a look after an attack.
 */
export const loginThrottleRetentionMs = (windowMinutes: number) => Math.max(DAY_MS, windowMinutes * 60_000);

/**
 * A registration nobody confirmed is deleted, with its links, a week after its last link expired: the week lets a
 * late click still say "expired" rather than "unknown", and the address's owner may register again any time.
 */
export const UNCONFIRMED_KEEP_AFTER_EXPIRY_MS = 7 * DAY_MS;

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

/**
 * An app check link opens nothing once expired (an unknown token gets the same answer); the week keeps the trail of
 * a link (made, tries, used) for a question about a recent photo.
 */
export const APP_CHECK_LINK_KEEP_AFTER_EXPIRY_MS = 7 * DAY_MS;

/** A password reset link opens nothing once expired; the week keeps it for a question about a recent reset. */
export const PASSWORD_RESET_KEEP_AFTER_EXPIRY_MS = 7 * DAY_MS;

/**
 * A staff invitation opens nothing once expired, used or revoked (every unusable link gets the same answer); the week
 * keeps it for a question about a recent invitation. What it was (email, name, role, who invited) stays in the audit
 * log's `account.invite` entry, which copies it; the entry then shows no name for its target.
 */
export const STAFF_INVITATION_KEEP_AFTER_EXPIRY_MS = 7 * DAY_MS;

export type PurgeReport = {
  sessions: number;
  loginThrottles: number;
  knownDevices: number;
  emailVerifications: number;
  unconfirmedAccounts: number;
  smsCodes: number;
  passwordLocks: number;
  appCheckLinks: number;
  passwordResets: number;
  staffInvitations: number;
};

type DeleteBatch = (cutoff: Date, limit: number) => Promise<number>;

export function createExpiredPurge(deps: {
  repo: HousekeepingRepository;
  clock: Clock;
  loginWindowMinutes: number;
  /** How long a known device's cookie lasts: a browser not signed in from for that long is a stranger again. */
  knownDeviceDays: number;
  batchSize?: number;
}) {
  const { repo, clock, loginWindowMinutes, batchSize = PURGE_BATCH } = deps;
  const knownDevicesMs = deps.knownDeviceDays * DAY_MS;
  const loginThrottlesMs = loginThrottleRetentionMs(loginWindowMinutes);

  const inBatches = (deleteBatch: DeleteBatch, cutoff: Date) =>
    deleteInBatches((limit) => deleteBatch(cutoff, limit), batchSize);

  return async function purgeExpired(): Promise<PurgeReport> {
    const now = clock.now().getTime();
    const before = (ms: number) => new Date(now - ms);
    return {
      sessions: await inBatches(repo.deleteSessionsExpiredBefore, before(SESSION_KEEP_AFTER_EXPIRY_MS)),
      loginThrottles: await inBatches(repo.deleteLoginThrottlesBefore, before(loginThrottlesMs)),
      knownDevices: await inBatches(repo.deleteKnownDevicesBefore, before(knownDevicesMs)),
      // Links first: an account goes once none of its links is younger than the cut-off.
      emailVerifications: await inBatches(
        repo.deleteEmailVerificationsExpiredBefore,
        before(UNCONFIRMED_KEEP_AFTER_EXPIRY_MS),
      ),
      unconfirmedAccounts: await inBatches(
        repo.deleteUnconfirmedAccountsBefore,
        before(UNCONFIRMED_KEEP_AFTER_EXPIRY_MS),
      ),
      smsCodes: await inBatches(repo.deleteSmsCodesExpiredBefore, before(SMS_CODE_KEEP_AFTER_EXPIRY_MS)),
      passwordLocks: await inBatches(repo.deletePasswordLocksBefore, before(PASSWORD_LOCK_RETENTION_MS)),
      appCheckLinks: await inBatches(
        repo.deleteAppCheckLinksExpiredBefore,
        before(APP_CHECK_LINK_KEEP_AFTER_EXPIRY_MS),
      ),
      passwordResets: await inBatches(
        repo.deletePasswordResetsExpiredBefore,
        before(PASSWORD_RESET_KEEP_AFTER_EXPIRY_MS),
      ),
      staffInvitations: await inBatches(
        repo.deleteStaffInvitationsExpiredBefore,
        before(STAFF_INVITATION_KEEP_AFTER_EXPIRY_MS),
      ),
    };
  };
}

export type ExpiredPurge = ReturnType<typeof createExpiredPurge>;
