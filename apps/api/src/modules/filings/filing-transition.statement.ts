// A filing transition as one SQL statement: the guarded status update, its FilingEvent, its audit row, and (when
// the filing leaves the in-flight states) the release of its subject and domain locks. The writes after the update
// read from its RETURNING, so they happen only when the row moved; one statement is atomic on its own, and costs one
// round trip where the same writes through the ORM took four (decided under load in docs/decisions/036).
import type { FilingState } from '@beian/domain';
import { Prisma } from '../../generated/prisma/client.ts';

/** Further columns a transition may write with the status (the submission's agreement, due times, the lease). */
export type TransitionSet = {
  slaDueAt?: Date | null;
  submittedAt?: Date;
  claimedById?: string | null;
  claimExpiresAt?: Date | null;
  termsVersion?: string;
  privacyVersion?: string;
  agreementAcceptedAt?: Date;
};

const SET_COLUMN_TYPES: Record<keyof TransitionSet, string> = {
  slaDueAt: 'timestamptz',
  submittedAt: 'timestamptz',
  claimedById: 'uuid',
  claimExpiresAt: 'timestamptz',
  termsVersion: 'text',
  privacyVersion: 'text',
  agreementAcceptedAt: 'timestamptz',
};

export type TransitionWrite = {
  id: string;
  version: number;
  from: FilingState;
  to: FilingState;
  now: Date;
  set?: TransitionSet;
  /** Moves only when updatedAt is not later than this. */
  ifUnmodifiedSince?: Date;
  /** Moves only while this reviewer holds the lease (live at `liveAt` when given), and gives the lease up. */
  lease?: { holderId: string; liveAt?: Date };
  event: {
    event: string;
    actorId: string | null;
    actorRole: string;
    payload: Prisma.InputJsonObject;
  };
  /** The audit row's INSERT, reading from the CTE named "moved" (auditInsertFrom). */
  audit: Prisma.Sql;
  releaseLocks: boolean;
};

function setColumns(w: TransitionWrite): Prisma.Sql[] {
  const set: TransitionSet = { ...w.set, ...(w.lease ? { claimedById: null, claimExpiresAt: null } : {}) };
  return (Object.keys(set) as (keyof TransitionSet)[]).flatMap((column) =>
    set[column] === undefined
      ? []
      : [Prisma.sql`${Prisma.raw(`"${column}"`)} = ${set[column]}::${Prisma.raw(SET_COLUMN_TYPES[column])}`],
  );
}

function guards(w: TransitionWrite): Prisma.Sql[] {
  return [
    Prisma.sql`"id" = ${w.id}::uuid`,
    Prisma.sql`"version" = ${w.version}`,
    Prisma.sql`"status" = ${w.from}::"FilingStatus"`,
    ...(w.ifUnmodifiedSince ? [Prisma.sql`"updatedAt" <= ${w.ifUnmodifiedSince}::timestamptz`] : []),
    ...(w.lease ? [Prisma.sql`"claimedById" = ${w.lease.holderId}::uuid`] : []),
    ...(w.lease?.liveAt ? [Prisma.sql`"claimExpiresAt" > ${w.lease.liveAt}::timestamptz`] : []),
  ];
}

/** The statement; run with $executeRaw, it reports 1 when the filing moved and 0 when a guard held it back. */
export function transitionStatement(w: TransitionWrite): Prisma.Sql {
  const columns = [
    Prisma.sql`"status" = ${w.to}::"FilingStatus"`,
    Prisma.sql`"version" = "version" + 1`,
    Prisma.sql`"updatedAt" = ${w.now}::timestamptz`,
    ...setColumns(w),
  ];
  const locks = w.releaseLocks
    ? Prisma.sql`, "locks" AS (DELETE FROM "FilingLock" WHERE "filingId" IN (SELECT "id" FROM "moved"))`
    : Prisma.empty;
  return Prisma.sql`
    WITH "moved" AS (
      UPDATE "Filing" SET ${Prisma.join(columns, ', ')}
      WHERE ${Prisma.join(guards(w), ' AND ')}
      RETURNING "id"
    ), "event" AS (
      INSERT INTO "FilingEvent" ("filingId", "event", "fromStatus", "toStatus", "actorId", "actorRole", "payload", "at")
      SELECT "id", ${w.event.event}::text, ${w.from}::"FilingStatus", ${w.to}::"FilingStatus", ${w.event.actorId}::uuid,
        ${w.event.actorRole}::"ActorRole", ${JSON.stringify(w.event.payload)}::jsonb, ${w.now}::timestamptz
      FROM "moved"
    ), "audit" AS (${w.audit})${locks}
    SELECT 1 FROM "moved"`;
}
