// Prisma access for the idle-filings job: filings in the given states, each with when it last saw activity and which
// idle reminders it has had since, read in bounded batches in id order.
import type { FilingState } from '@beian/domain';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';

export type IdleFiling = {
  id: string;
  /** The latest of the row's updatedAt, its latest FilingEvent and its latest material upload. */
  lastActivityAt: Date;
  /** The days of the IDLE_REMINDER notices sent since then (activity starts the series over). */
  remindedDays: number[];
};

type IdleRow = { id: string; lastActivityAt: Date; remindedDays: (string | null)[] };

export function createIdleFilingsRepository(db: Db) {
  return {
    /**
     * Up to `limit` filings in `states` with no activity after `idleSince`, ordered by id and starting after `afterId`
     * (the last id of the previous batch). The updatedAt condition is implied by the other (the latest activity is
     * never earlier than updatedAt) and skips recently edited filings before their events and materials are read.
     */
    async idleSince(
      query: { states: readonly FilingState[]; idleSince: Date; afterId: string | null; limit: number },
      tx: Tx = db,
    ): Promise<IdleFiling[]> {
      const after = query.afterId === null ? Prisma.empty : Prisma.sql`AND f."id" > ${query.afterId}::uuid`;
      const rows = await tx.$queryRaw<IdleRow[]>`
        WITH activity AS (
          SELECT f."id",
                 GREATEST(
                   f."updatedAt",
                   (SELECT MAX(e."at") FROM "FilingEvent" e WHERE e."filingId" = f."id"),
                   (SELECT MAX(m."uploadedAt") FROM "Material" m WHERE m."filingId" = f."id")
                 ) AS "lastActivityAt"
          FROM "Filing" f
          WHERE f."status" = ANY(${[...query.states]}::"FilingStatus"[])
            AND f."updatedAt" <= ${query.idleSince}
            ${after}
        )
        SELECT a."id", a."lastActivityAt",
               ARRAY(
                 SELECT DISTINCT n."params"->>'day' FROM "Notification" n
                 WHERE n."filingId" = a."id" AND n."template" = 'IDLE_REMINDER' AND n."channel" = 'IN_APP'
                   AND n."createdAt" > a."lastActivityAt"
               ) AS "remindedDays"
        FROM activity a
        WHERE a."lastActivityAt" <= ${query.idleSince}
        ORDER BY a."id"
        LIMIT ${query.limit}`;
      return rows.map((row) => ({
        id: row.id,
        lastActivityAt: row.lastActivityAt,
        remindedDays: row.remindedDays.flatMap((day) => (day === null ? [] : [Number(day)])),
      }));
    },
  };
}

export type IdleFilingsRepository = ReturnType<typeof createIdleFilingsRepository>;
