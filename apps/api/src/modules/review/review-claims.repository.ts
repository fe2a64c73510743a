// The review lease on a filing (claimedById, claimExpiresAt). Claim-next is one UPDATE over a
// `SELECT … FOR UPDATE SKIP LOCKED` sub-select, so concurrent reviewers skip each other's candidate instead of
// queueing on it, and no two ever hold the same filing.
import { type FilingStatus, Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';

/** The queue filters a claim may be narrowed by (ClaimNextBodySchema). */
export type ClaimFilters = { province?: string; nature?: string; type?: string; overdue?: boolean };

/** `AND …` for each filter given; nothing for those left out. */
function filterConditions(f: ClaimFilters, now: Date): Prisma.Sql {
  const conditions = [
    f.province ? Prisma.sql`"province" = ${f.province}` : null,
    f.nature ? Prisma.sql`"nature" = ${f.nature}::"SubjectNature"` : null,
    f.type ? Prisma.sql`"type" = ${f.type}::"FilingType"` : null,
    f.overdue ? Prisma.sql`"slaDueAt" < ${now}` : null,
  ].filter((c): c is Prisma.Sql => c !== null);
  return conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

export function createReviewClaimsRepository(db: Db) {
  return {
    /**
     * Claims the most urgent filing in `status` that is unclaimed or whose lease lapsed, within the optional
     * filters; its id, or null. Only the filters given become conditions, so each combination gets a plan of its
     * own that walks the (status, slaDueAt) index in due order.
     */
    async claimNext(input: {
      status: FilingStatus;
      reviewerId: string;
      now: Date;
      expiresAt: Date;
      filters?: ClaimFilters;
    }) {
      const rows = await db.$queryRaw<{ id: string }[]>`
        UPDATE "Filing" SET "claimedById" = ${input.reviewerId}::uuid, "claimExpiresAt" = ${input.expiresAt}
        WHERE "id" = (
          SELECT "id" FROM "Filing"
          WHERE "status" = ${input.status}::"FilingStatus"
            AND ("claimExpiresAt" IS NULL OR "claimExpiresAt" <= ${input.now})
            ${filterConditions(input.filters ?? {}, input.now)}
          ORDER BY "slaDueAt" ASC NULLS LAST, "id" ASC
          LIMIT 1
          FOR UPDATE SKIP LOCKED
        )
        RETURNING "id"`;
      return rows[0]?.id ?? null;
    },
    /**
     * Claims one named filing in one of `statuses` when it is free, its lease lapsed, or the reviewer holds it
     * already (then the lease is renewed); false otherwise. One guarded UPDATE, so two reviewers claiming the same
     * filing at once cannot both win.
     */
    async claimOne(input: { id: string; statuses: FilingStatus[]; reviewerId: string; now: Date; expiresAt: Date }) {
      const { count } = await db.filing.updateMany({
        where: {
          id: input.id,
          status: { in: input.statuses },
          OR: [{ claimExpiresAt: null }, { claimExpiresAt: { lte: input.now } }, { claimedById: input.reviewerId }],
        },
        data: { claimedById: input.reviewerId, claimExpiresAt: input.expiresAt },
      });
      return count === 1;
    },
    /** Extends a live lease held by `reviewerId`; false when the reviewer does not hold one. */
    async renew(input: { id: string; reviewerId: string; now: Date; expiresAt: Date }) {
      const { count } = await db.filing.updateMany({
        where: { id: input.id, claimedById: input.reviewerId, claimExpiresAt: { gt: input.now } },
        data: { claimExpiresAt: input.expiresAt },
      });
      return count === 1;
    },
    /**
     * Gives up the reviewer's claim; false when the reviewer holds none. With `liveAt`, only a lease still live
     * then: a decision releases the lease it was made under, in its own transaction.
     */
    async release(input: { id: string; reviewerId: string; liveAt?: Date }, tx: Tx = db) {
      const { count } = await tx.filing.updateMany({
        where: {
          id: input.id,
          claimedById: input.reviewerId,
          ...(input.liveAt ? { claimExpiresAt: { gt: input.liveAt } } : {}),
        },
        data: { claimedById: null, claimExpiresAt: null },
      });
      return count === 1;
    },
    /**
     * Gives up every lease `reviewerId` holds live at `now` on a filing in review, in `tx`: an account that can
     * review no more (disabled, or moved to another role) leaves its filings to the queue at once instead of when
     * each lease lapses. The number released.
     */
    async releaseAllHeldBy(input: { reviewerId: string; now: Date; statuses: FilingStatus[] }, tx: Tx) {
      const { count } = await tx.filing.updateMany({
        where: { claimedById: input.reviewerId, claimExpiresAt: { gt: input.now }, status: { in: input.statuses } },
        data: { claimedById: null, claimExpiresAt: null },
      });
      return count;
    },
    /** Hands the filing to another reviewer with a fresh lease, whoever held it. */
    async assign(input: { id: string; statuses: FilingStatus[]; reviewerId: string; expiresAt: Date }, tx: Tx = db) {
      const { count } = await tx.filing.updateMany({
        where: { id: input.id, status: { in: input.statuses } },
        data: { claimedById: input.reviewerId, claimExpiresAt: input.expiresAt },
      });
      return count === 1;
    },
  };
}

export type ReviewClaimsRepository = ReturnType<typeof createReviewClaimsRepository>;
