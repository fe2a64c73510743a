// Prisma access for the app check links: only the token's SHA-256 is stored; failures are counted in the row itself,
// so wrong answers sent at the same moment each count.
import type { Db, Tx } from '../../infra/db.ts';

export function createAppCheckRepository(db: Db) {
  return {
    /** A new link for the filing; the filing's links still live at `now` end, so only the newest one works. */
    create: (data: { id: string; filingId: string; tokenHash: string; createdAt: Date; expiresAt: Date }) =>
      db.$transaction(async (tx) => {
        await tx.appCheckLink.updateMany({
          where: { filingId: data.filingId, endedAt: null, usedAt: null, expiresAt: { gt: data.createdAt } },
          data: { endedAt: data.createdAt },
        });
        return tx.appCheckLink.create({ data: { ...data, failures: 0 } });
      }),

    findByHash: (tokenHash: string) => db.appCheckLink.findUnique({ where: { tokenHash } }),

    /**
     * Counts one wrong ending on a link that is still live and returns the count after it, or null when the link
     * ended meanwhile. The increment is one UPDATE, so concurrent wrong answers cannot read the same count; the one
     * that reaches `max` ends the link.
     */
    async countFailure(id: string, max: number, now: Date): Promise<number | null> {
      const rows = await db.$queryRaw<{ failures: number }[]>`
        UPDATE "AppCheckLink"
           SET "failures" = "failures" + 1,
               "endedAt" = CASE WHEN "failures" + 1 >= ${max} THEN ${now} ELSE "endedAt" END
         WHERE "id" = ${id}::uuid AND "endedAt" IS NULL AND "usedAt" IS NULL
     RETURNING "failures"`;
      return rows[0]?.failures ?? null;
    },

    /** Marks the link used once its photo is in; false when it was used or ended meanwhile. */
    markUsed: async (id: string, now: Date, tx: Tx = db) =>
      (await tx.appCheckLink.updateMany({ where: { id, usedAt: null, endedAt: null }, data: { usedAt: now } }))
        .count === 1,
  };
}

export type AppCheckRepository = ReturnType<typeof createAppCheckRepository>;
