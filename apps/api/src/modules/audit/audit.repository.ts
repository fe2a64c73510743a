// Prisma access for the audit log: append, and read back newest first by id (keyset). Nothing here updates or
// deletes a row, and the database refuses both (the admin_console migration's trigger).
import type { Role } from '@beian/contracts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';

export type AuditEntryInput = {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  /** The filing the change concerns, when there is one: the audit page filters and names it by order number. */
  filingId?: string | null;
  /** The changed fields as they were and as they became; leave out the side that does not exist (a creation). */
  before?: Prisma.InputJsonObject;
  after?: Prisma.InputJsonObject;
  detail?: Prisma.InputJsonObject;
  requestId?: string;
  /** The app clock's time of the change (tests and jobs run the app on other dates than the wall clock). */
  at: Date;
};

/** What the log is filtered by; `until` is exclusive. */
export type AuditFilter = {
  actorId?: string;
  filingId?: string;
  actions?: readonly string[];
  from?: Date;
  until?: Date;
};

function whereOf(filter: AuditFilter, before?: bigint): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filter.actorId) and.push({ actorId: filter.actorId });
  // Entries written before filingId existed name the filing only as their target.
  if (filter.filingId) {
    and.push({
      OR: [{ filingId: filter.filingId }, { targetType: { in: ['filing', 'Filing'] }, targetId: filter.filingId }],
    });
  }
  if (filter.actions) and.push({ action: { in: [...filter.actions] } });
  if (filter.from || filter.until) and.push({ at: { gte: filter.from, lt: filter.until } });
  if (before !== undefined) and.push({ id: { lt: before } });
  return { AND: and };
}

const jsonOrNull = (value: Prisma.InputJsonObject | undefined) => (value === undefined ? null : JSON.stringify(value));

/**
 * The INSERT of `entry`, once for each row of the CTE named `source`: a caller writes the audit row in the same
 * statement as the change it records, and only when that change happened (filing transitions, one round trip).
 */
export function auditInsertFrom(entry: AuditEntryInput, source: string): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "AuditLog" ("actorId", "action", "targetType", "targetId", "filingId", "before", "after", "detail",
      "requestId", "at")
    SELECT ${entry.actorId}::uuid, ${entry.action}::text, ${entry.targetType}::text, ${entry.targetId ?? null}::text,
      ${entry.filingId ?? null}::uuid, ${jsonOrNull(entry.before)}::jsonb, ${jsonOrNull(entry.after)}::jsonb,
      ${JSON.stringify(entry.detail ?? {})}::jsonb, ${entry.requestId ?? null}::text, ${entry.at}::timestamptz
    FROM ${Prisma.raw(`"${source}"`)}`;
}

export function createAuditRepository(db: Db) {
  return {
    append: (entry: AuditEntryInput, tx: Tx = db) => tx.auditLog.create({ data: entry }),

    /** Up to `limit` entries older than `before` (an id), newest first. */
    page: (filter: AuditFilter, cursor: { before?: bigint; limit: number }) =>
      db.auditLog.findMany({
        where: whereOf(filter, cursor.before),
        orderBy: { id: 'desc' },
        take: cursor.limit,
      }),

    /** Staff and administrators who wrote at least one entry, by name (one index probe per staff account). */
    actors: () =>
      db.$queryRaw<{ id: string; displayName: string; email: string; role: Role }[]>`
        SELECT a."id", a."displayName", a."email", a."role"::text AS "role"
        FROM "Account" a
        WHERE a."role" <> 'APPLICANT' AND EXISTS (SELECT 1 FROM "AuditLog" l WHERE l."actorId" = a."id")
        ORDER BY a."displayName", a."email"`,
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
