// Prisma access for the housekeeping purge. Each call deletes at most `limit` rows older than a cut-off, so one
// statement never holds row locks on a large share of a table; the job repeats a call until a batch comes back short.
import type { Db, Tx } from '../../infra/db.ts';

export function createHousekeepingRepository(db: Db) {
  return {
    deleteSessionsExpiredBefore: (cutoff: Date, limit: number, tx: Tx = db) =>
      tx.$executeRaw`
        DELETE FROM "Session" WHERE "id" IN (
          SELECT "id" FROM "Session" WHERE "expiresAt" < ${cutoff} LIMIT ${limit})`,

    /** Counters whose window started before the cut-off and that hold no wait past it. */
    deleteLoginThrottlesBefore: (cutoff: Date, limit: number, tx: Tx = db) =>
      tx.$executeRaw`
        DELETE FROM "LoginThrottle" WHERE "key" IN (
          SELECT "key" FROM "LoginThrottle"
          WHERE "windowStart" < ${cutoff} AND ("notBefore" IS NULL OR "notBefore" < ${cutoff})
          LIMIT ${limit})`,

    /** Browsers not signed in from since the cut-off (their cookie has lapsed too). */
    deleteKnownDevicesBefore: (cutoff: Date, limit: number, tx: Tx = db) =>
      tx.$executeRaw`
        DELETE FROM "KnownDevice" WHERE "id" IN (
          SELECT "id" FROM "KnownDevice" WHERE "lastSignInAt" < ${cutoff} LIMIT ${limit})`,

    deleteEmailVerificationsExpiredBefore: (cutoff: Date, limit: number, tx: Tx = db) =>
      tx.$executeRaw`
        DELETE FROM "EmailVerification" WHERE "id" IN (
          SELECT "id" FROM "EmailVerification" WHERE "expiresAt" < ${cutoff} LIMIT ${limit})`,

    /** Registrations never confirmed whose every link expired before the cut-off (or that have none). */
    deleteUnconfirmedAccountsBefore: (cutoff: Date, limit: number, tx: Tx = db) =>
      tx.$executeRaw`
        DELETE FROM "Account" WHERE "id" IN (
          SELECT a."id" FROM "Account" a
          WHERE a."emailVerified" = false
            AND NOT EXISTS (
              SELECT 1 FROM "EmailVerification" v WHERE v."accountId" = a."id" AND v."expiresAt" >= ${cutoff})
          LIMIT ${limit})`,

    /** By expiry, which is never before sending: a code expired before the cut-off was sent before it too. */
    deleteSmsCodesExpiredBefore: (cutoff: Date, limit: number, tx: Tx = db) =>
      tx.$executeRaw`
        DELETE FROM "SmsCode" WHERE "id" IN (
          SELECT "id" FROM "SmsCode" WHERE "expiresAt" < ${cutoff} LIMIT ${limit})`,

    /** Rows whose last failure and lock (if any) both ended before the cut-off. */
    deletePasswordLocksBefore: (cutoff: Date, limit: number, tx: Tx = db) =>
      tx.$executeRaw`
        DELETE FROM "SubjectPasswordLock" WHERE "subjectFilingNo" IN (
          SELECT "subjectFilingNo" FROM "SubjectPasswordLock"
          WHERE "lastFailureAt" < ${cutoff} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${cutoff})
          LIMIT ${limit})`,

    /** By expiry: a used, replaced or locked link expired no later than an unused one would have. */
    deleteAppCheckLinksExpiredBefore: (cutoff: Date, limit: number, tx: Tx = db) =>
      tx.$executeRaw`
        DELETE FROM "AppCheckLink" WHERE "id" IN (
          SELECT "id" FROM "AppCheckLink" WHERE "expiresAt" < ${cutoff} LIMIT ${limit})`,

    /** By expiry: a used link expired no later than it would have unused (replaced ones are deleted at once). */
    deletePasswordResetsExpiredBefore: (cutoff: Date, limit: number, tx: Tx = db) =>
      tx.$executeRaw`
        DELETE FROM "PasswordReset" WHERE "id" IN (
          SELECT "id" FROM "PasswordReset" WHERE "expiresAt" < ${cutoff} LIMIT ${limit})`,

    /** By expiry: a used or revoked invitation expired no later than it would have unused. */
    deleteStaffInvitationsExpiredBefore: (cutoff: Date, limit: number, tx: Tx = db) =>
      tx.$executeRaw`
        DELETE FROM "StaffInvitation" WHERE "id" IN (
          SELECT "id" FROM "StaffInvitation" WHERE "expiresAt" < ${cutoff} LIMIT ${limit})`,
  };
}

export type HousekeepingRepository = ReturnType<typeof createHousekeepingRepository>;
