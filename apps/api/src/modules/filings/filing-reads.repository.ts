// The applicant's hot reads of its filings, in plain SQL on the pool Prisma shares (docs/decisions/032): the list,
// and one filing together with its subject's filing-password lock in one round trip. The filing comes as one JSON
// value that filingFromJson turns into the row exactly as Prisma's Filing type has it (decision 054); the list reads
// only the columns of its summaries, under the same names (pg reads timestamptz as Date, jsonb as objects).
import type { Filing } from '../../generated/prisma/client.ts';
import type { Sql } from '../../infra/db.ts';
import { FILING_JSON, type FilingJsonRow, filingFromJson } from './filing-json.ts';
import { SUMMARY_COLUMNS, type SummaryRow } from './filing-view.ts';
import type { PasswordLockRow } from './password-lock.repository.ts';

/** A filing read as FILING_JSON beside LOCK_COLUMNS. */
export type FilingWithLock = {
  filing: FilingJsonRow;
  lockFailures: number | null;
  lockLastFailureAt: Date | null;
  lockLockedUntil: Date | null;
};

/** The lock's columns as splitLock reads them, from the join below (`l`) onto a filing aliased `f`. */
export const LOCK_COLUMNS = `l."failures" AS "lockFailures", l."lastFailureAt" AS "lockLastFailureAt",
         l."lockedUntil" AS "lockLockedUntil"`;
export const LOCK_JOIN = `LEFT JOIN "SubjectPasswordLock" l ON l."subjectFilingNo" = f."subjectFilingNo"`;

const OWNED_WITH_LOCK = `
  SELECT ${FILING_JSON}, ${LOCK_COLUMNS}
  FROM "Filing" f ${LOCK_JOIN}
  WHERE f."id" = $1 AND f."accountId" = $2`;

/** The subject and websites are read for a draft alone, whose next step is worked out from them. */
const DRAFT_ONLY: ReadonlySet<string> = new Set(['subjectDraft', 'websites']);
const summaryColumn = (name: string) =>
  DRAFT_ONLY.has(name) ? `CASE WHEN "status" = 'DRAFT' THEN "${name}" END AS "${name}"` : `"${name}"`;

// 16 of the row's 43 columns: the summaries' own.
const LIST_OWNED = `SELECT ${SUMMARY_COLUMNS.map(summaryColumn).join(', ')}
  FROM "Filing" WHERE "accountId" = $1 ORDER BY "createdAt" DESC, "orderNo" DESC`;

/** Splits the lock's columns off a joined row: the filing as Prisma reads it, and its lock row (null when none). */
export function splitLock(joined: FilingWithLock): { row: Filing; lock: PasswordLockRow | null } {
  const { lockFailures, lockLastFailureAt, lockLockedUntil, filing } = joined;
  const lock =
    lockFailures === null || lockLastFailureAt === null
      ? null
      : { failures: lockFailures, lastFailureAt: lockLastFailureAt, lockedUntil: lockLockedUntil };
  return { row: filingFromJson(filing), lock };
}

export function createFilingReads(sql: Sql) {
  return {
    /** The owner's filing and its subject's lock row; null for a missing id and for another account's filing. */
    async ownedWithLock(accountId: string, id: string) {
      const [joined] = await sql.query<FilingWithLock>(OWNED_WITH_LOCK, [id, accountId]);
      return joined ? splitLock(joined) : null;
    },
    /** The owner's filings, newest first. */
    listOwned: (accountId: string) => sql.query<SummaryRow>(LIST_OWNED, [accountId]),
  };
}

export type FilingReads = ReturnType<typeof createFilingReads>;
