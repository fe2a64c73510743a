// The filing a reviewer opens, with the reviewer holding its claim and its subject's filing-password lock, in one
// round trip: plain SQL on the pool Prisma shares (docs/decisions/032), where Prisma would make three reads.
import type { Sql } from '../../infra/db.ts';
import { LOCK_COLUMNS, LOCK_JOIN, splitLock } from '../filings/filing-reads.repository.ts';

type Joined = Parameters<typeof splitLock>[0] & { claimantId: string | null; claimantName: string | null };

const FIND = `
  SELECT f.*, c."id" AS "claimantId", c."displayName" AS "claimantName", ${LOCK_COLUMNS}
  FROM "Filing" f
  LEFT JOIN "Account" c ON c."id" = f."claimedById"
  ${LOCK_JOIN}
  WHERE f."id" = $1`;

export function createReviewDetailRepository(sql: Sql) {
  return {
    async find(id: string) {
      const [joined] = await sql.query<Joined>(FIND, [id]);
      if (!joined) return null;
      const { claimantId, claimantName, ...rest } = joined;
      const { row, lock } = splitLock(rest);
      const claimedBy = claimantId && claimantName !== null ? { id: claimantId, displayName: claimantName } : null;
      return { row, lock, claimedBy };
    },
  };
}

export type ReviewDetailRepository = ReturnType<typeof createReviewDetailRepository>;
