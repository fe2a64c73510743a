// SQL for the sign-in throttle: one row per key, a try reserved and checked by a single upsert. Times come from the
// app's clock as parameters, never from the database's now(): the app may run on another clock than PostgreSQL.
import { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';
import type { ThrottleRule } from './login-throttle.ts';

/** Seconds of the first wait once a key's free failures are used up; each further failure doubles it, up to the cap. */
export const FIRST_DELAY_SECONDS = 5;

// The wait after the `failures`-th failure of a window: none while free, then growing, never over the cap.
const delaySeconds = (failures: Prisma.Sql, rule: ThrottleRule) => Prisma.sql`
  CASE WHEN ${failures} < ${rule.freeFailures}::int THEN 0
       ELSE LEAST(${rule.maxDelaySeconds}::float8,
                  ${FIRST_DELAY_SECONDS}::float8 * power(2::float8, LEAST(${failures} - ${rule.freeFailures}::int, 30)))
  END`;

// No wait is stored as no instant: an instant "now" written by one process would read as a wait to another whose
// clock is a little behind.
const waitUntil = (failures: Prisma.Sql, rule: ThrottleRule, now: Date) => Prisma.sql`
  CASE WHEN ${failures} < ${rule.freeFailures}::int THEN NULL
       ELSE ${now}::timestamptz + make_interval(secs => ${delaySeconds(failures, rule)})
  END`;

export function createLoginThrottleRepository(db: Db) {
  return {
    /**
     * Counts one more failure for `key` unless it must still wait; returns false (and changes nothing) when it must.
     * A window older than `windowFrom` starts over. Insert, check and count are one statement, so parallel tries of
     * one key queue on its row and each sees the count the previous one left. A window or a wait that lies further
     * ahead than any could (the clock was set back) counts as over.
     */
    async reserve(key: string, rule: ThrottleRule, now: Date, windowFrom: Date, tx: Tx): Promise<boolean> {
      const latestWait = new Date(now.getTime() + rule.maxDelaySeconds * 1000);
      const restarts = Prisma.sql`(t."windowStart" <= ${windowFrom} OR t."windowStart" > ${now})`;
      const failures = Prisma.sql`(CASE WHEN ${restarts} THEN 1 ELSE t."failures" + 1 END)`;
      const rows = await tx.$queryRaw<{ failures: number }[]>`
        INSERT INTO "LoginThrottle" AS t ("key", "failures", "windowStart", "notBefore")
        VALUES (${key}, 1, ${now}, ${waitUntil(Prisma.sql`1`, rule, now)})
        ON CONFLICT ("key") DO UPDATE SET
          "failures" = ${failures},
          "windowStart" = CASE WHEN ${restarts} THEN ${now} ELSE t."windowStart" END,
          "notBefore" = ${waitUntil(failures, rule, now)}
        WHERE t."notBefore" IS NULL OR t."notBefore" <= ${now} OR t."notBefore" > ${latestWait}
        RETURNING "failures"`;
      return rows.length === 1;
    },

    /** The latest instant until which any of `keys` must wait. */
    async waitUntil(keys: readonly string[], tx: Tx = db): Promise<Date | null> {
      const rows = await tx.loginThrottle.findMany({ where: { key: { in: [...keys] } }, select: { notBefore: true } });
      return rows.reduce<Date | null>(
        (latest, r) => (r.notBefore && (!latest || r.notBefore > latest) ? r.notBefore : latest),
        null,
      );
    },

    clear: (key: string, tx: Tx = db) => tx.loginThrottle.deleteMany({ where: { key } }),

    /** Takes back one counted failure (a try that turned out to be a success). */
    forgive: (key: string, tx: Tx = db) =>
      tx.$executeRaw`UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${key}`,
  };
}

export type LoginThrottleRepository = ReturnType<typeof createLoginThrottleRepository>;
