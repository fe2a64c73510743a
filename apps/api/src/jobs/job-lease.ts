// Who runs a job now, across API processes: a lease row per job, taken and given back in short transactions under a
// transaction-scoped advisory lock. The job itself runs outside any transaction (it talks to S3 and gateways), and a
// session-level lock would need a connection of its own, which the embedded single-connection database cannot spare.
import type { Db } from '../infra/db.ts';

// Two-key advisory locks: this namespace keeps the jobs' keys apart from any other use of advisory locks.
const LOCK_NAMESPACE = 0x6a6f6273; // 'jobs'

export type JobLeases = ReturnType<typeof createJobLeases>;

export function createJobLeases(db: Db) {
  return {
    /**
     * True when `holder` now holds the job until `now + leaseMs`; false when another process does, or, with
     * `lastStartedBy`, when any process started a run after that instant (the job is not due yet).
     */
    acquire: (name: string, holder: string, now: Date, leaseMs: number, lastStartedBy?: Date) =>
      db.$transaction(async (tx) => {
        const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(${LOCK_NAMESPACE}::int, hashtext(${name})) AS locked`;
        if (!row?.locked) return false;
        await tx.jobLease.createMany({ data: [{ name }], skipDuplicates: true });
        // A lease whose holder died lapses at lockedUntil, so a crashed process never blocks the job for good.
        const { count } = await tx.jobLease.updateMany({
          where: {
            name,
            OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }],
            ...(lastStartedBy && { AND: [{ OR: [{ startedAt: null }, { startedAt: { lte: lastStartedBy } }] }] }),
          },
          data: { holder, lockedUntil: new Date(now.getTime() + leaseMs), startedAt: now },
        });
        return count === 1;
      }),

    release: async (name: string, holder: string, now: Date, error: string | null) => {
      await db.jobLease.updateMany({
        where: { name, holder },
        data: { lockedUntil: null, finishedAt: now, lastError: error },
      });
    },
  };
}
