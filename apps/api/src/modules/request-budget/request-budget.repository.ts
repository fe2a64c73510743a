// SQL for the shared request budget: a slice of one client's minute handed out by a single upsert, so processes asking
// at once queue on the row and none is handed what another already took. Times come from the app's clock.
import type { Db } from '../../infra/db.ts';

export function createRequestBudgetRepository(db: Db) {
  return {
    /**
     * Hands out up to `want` requests of `bucket`'s budget for the window starting at `windowStart`, and never more
     * than a quarter of what is left (at least one), so slices shrink as the budget runs out and little of it is
     * stranded in a process the client no longer reaches. Returns how many were handed out: 0 once it is all spent.
     */
    async take(bucket: string, windowStart: Date, want: number, budget: number): Promise<number> {
      const first = Math.min(want, Math.ceil(budget / 4));
      // In DO UPDATE every right-hand side reads the row as it was, so lastGrant is this call's share of what was left.
      const rows = await db.$queryRaw<{ lastGrant: number }[]>`
        INSERT INTO "RequestBudget" AS b ("windowStart", "bucket", "granted", "lastGrant")
        VALUES (${windowStart}, ${bucket}, ${first}::int, ${first}::int)
        ON CONFLICT ("windowStart", "bucket") DO UPDATE SET
          "granted" = b."granted" + LEAST(${want}::int, CEIL((${budget}::int - b."granted") / 4.0)::int),
          "lastGrant" = LEAST(${want}::int, CEIL((${budget}::int - b."granted") / 4.0)::int)
        WHERE b."granted" < ${budget}::int
        RETURNING "lastGrant"`;
      return rows[0]?.lastGrant ?? 0;
    },

    /** Forgets the windows that started before `before`. */
    async purge(before: Date): Promise<number> {
      return db.$executeRaw`DELETE FROM "RequestBudget" WHERE "windowStart" < ${before}`;
    },
  };
}

export type RequestBudgetRepository = ReturnType<typeof createRequestBudgetRepository>;
