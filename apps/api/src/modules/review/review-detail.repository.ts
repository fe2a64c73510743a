// The filing a reviewer opens, with the reviewer holding its claim, its subject's filing-password lock, its whole
// history and its materials, in one round trip: plain SQL on the pool Prisma shares (docs/decisions/032, 044), where
// Prisma would make five reads. The filing comes as one JSON value (decision 054), its history and its materials as
// JSON arrays beside it.
import type { FilingEvent, Material } from '../../generated/prisma/client.ts';
import type { Sql } from '../../infra/db.ts';
import { FILING_JSON } from '../filings/filing-json.ts';
import { type FilingWithLock, LOCK_COLUMNS, LOCK_JOIN, splitLock } from '../filings/filing-reads.repository.ts';

/** An event of the filing's history as a reviewer's detail uses it (its own id only orders them, in SQL). */
export type DetailEvent = Omit<FilingEvent, 'id' | 'filingId'>;

type Timed<T, K extends keyof T> = Omit<T, K> & { [P in K]: number };
type Joined = FilingWithLock & {
  claimantId: string | null;
  claimantName: string | null;
  events: Timed<DetailEvent, 'at'>[];
  materials: Timed<Material, 'uploadedAt'>[];
};

/** A timestamp as milliseconds since the epoch, for a row built as JSON. */
const ms = (column: string) => `(extract(epoch FROM ${column}) * 1000)::bigint`;

// Oldest first, the id breaking ties, as the history is shown and as the handover and resubmission rules read it.
const EVENTS = `(
  SELECT coalesce(json_agg(json_build_object('event', e."event", 'fromStatus', e."fromStatus",
    'toStatus', e."toStatus", 'actorId', e."actorId", 'actorRole', e."actorRole", 'payload', e."payload",
    'at', ${ms('e."at"')}) ORDER BY e."at" ASC, e."id" ASC), '[]')
  FROM "FilingEvent" e WHERE e."filingId" = f."id")`;

// In upload order; which of them a reviewer may see is decided from the history (staff-access.ts).
const MATERIALS = `(
  SELECT coalesce(json_agg(json_build_object('id', m."id", 'filingId', m."filingId", 'kind', m."kind",
    'websiteFilingNo', m."websiteFilingNo", 'category', m."category", 'slot', m."slot",
    'contentType', m."contentType", 'bytes', m."bytes", 'width', m."width", 'height', m."height",
    'sha256', m."sha256", 'objectKey', m."objectKey", 'uploadedAt', ${ms('m."uploadedAt"')},
    'uploadedBy', m."uploadedBy") ORDER BY m."uploadedAt" ASC, m."id" ASC), '[]')
  FROM "Material" m WHERE m."filingId" = f."id")`;

const FIND = `
  SELECT ${FILING_JSON}, c."id" AS "claimantId", c."displayName" AS "claimantName", ${LOCK_COLUMNS},
    ${EVENTS} AS "events", ${MATERIALS} AS "materials"
  FROM "Filing" f
  LEFT JOIN "Account" c ON c."id" = f."claimedById"
  ${LOCK_JOIN}
  WHERE f."id" = $1`;

export function createReviewDetailRepository(sql: Sql) {
  return {
    async find(id: string) {
      const [joined] = await sql.query<Joined>(FIND, [id]);
      if (!joined) return null;
      const { claimantId, claimantName, events, materials, ...rest } = joined;
      const { row, lock } = splitLock(rest);
      const claimedBy = claimantId && claimantName !== null ? { id: claimantId, displayName: claimantName } : null;
      return {
        row,
        lock,
        claimedBy,
        events: events.map((e): DetailEvent => ({ ...e, at: new Date(e.at) })),
        materials: materials.map((m): Material => ({ ...m, uploadedAt: new Date(m.uploadedAt) })),
      };
    },
  };
}

export type ReviewDetailRepository = ReturnType<typeof createReviewDetailRepository>;
