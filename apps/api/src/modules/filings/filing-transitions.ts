// The one way a filing changes state: the transition is checked with @beian/domain, then one transaction moves the
// row (only from the status and version that were read) and appends its FilingEvent; a filing that leaves the
// in-flight states gives up its subject and domain locks in the same transaction, and the audit log gets its row
// (filing-transition-audit.ts). Zero rows moved is a 409.
import { type ActorRole, type FilingEvent, type FilingState, isTerminalState, transition } from '@beian/domain';
import type { Filing, Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';
import { ConflictError, ForbiddenError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import { staleVersionError } from './filing-access.ts';
import { transitionAuditEntry } from './filing-transition-audit.ts';
import type { FilingsRepository } from './filings.repository.ts';

export type TransitionRequest = {
  row: Pick<Filing, 'id' | 'orderNo' | 'status' | 'version'>;
  event: FilingEvent;
  actor: { role: ActorRole; id: string | null };
  payload?: Prisma.InputJsonObject;
  /** The instant recorded on the row and the event; now when left out. */
  at?: Date;
  /** Further columns written by the same guarded update (e.g. submittedAt with a submission). */
  set?: Prisma.FilingUncheckedUpdateManyInput;
  /**
   * Also stale when the row's updatedAt moved past this instant: a material upload or delete touches only updatedAt
   * (not the version), so a transition that must see no activity at all (expiry) passes the updatedAt it read.
   */
  ifUnmodifiedSince?: Date;
  /**
   * Writes that commit or roll back with the transition (outbox rows, a re-check under the row lock the status
   * update holds). Throwing here undoes the transition. Nothing slow: no network, no S3.
   */
  alsoInTransaction?: (tx: Tx, to: FilingState) => Promise<void>;
  /** The request that caused it, for the audit row; none for a job. */
  requestId?: string;
};

/**
 * Applies the transition and returns the new status. The data guards the transition table names for the event
 * (`findTransition(...).guards`) are the caller's to run first; this checks state and role.
 */
export function createFilingTransitions({
  db,
  repo,
  audit,
  clock,
}: {
  db: Db;
  repo: FilingsRepository;
  audit: Pick<AuditRepository, 'append'>;
  clock: Clock;
}) {
  return async function applyTransition({
    row,
    event,
    actor,
    payload = {},
    at,
    set,
    ifUnmodifiedSince,
    alsoInTransaction,
    requestId,
  }: TransitionRequest) {
    const next = transition(row.status, event, actor.role);
    if (!next.ok) {
      if (next.reason === 'ROLE_NOT_ALLOWED') throw new ForbiddenError(`Your role cannot ${event} a filing.`);
      throw new ConflictError('ILLEGAL_TRANSITION', `Filing ${row.orderNo} is ${row.status}: it cannot ${event} now.`);
    }
    const now = at ?? clock.now();
    await db.$transaction(async (tx) => {
      const moved = await repo.moveStatus(
        { id: row.id, version: row.version, from: row.status, to: next.value, now, set, ifUnmodifiedSince },
        tx,
      );
      if (moved === 0) throw staleVersionError(row.orderNo, row.version);
      await repo.appendEvent(
        {
          filingId: row.id,
          event,
          fromStatus: row.status,
          toStatus: next.value,
          actorId: actor.id,
          actorRole: actor.role,
          payload,
          at: now,
        },
        tx,
      );
      await audit.append(
        transitionAuditEntry({
          filingId: row.id,
          event,
          from: row.status,
          to: next.value,
          actor,
          payload,
          requestId,
          at: now,
        }),
        tx,
      );
      if (isTerminalState(next.value)) await repo.deleteLocks(row.id, tx);
      await alsoInTransaction?.(tx, next.value);
    });
    return next.value;
  };
}

export type ApplyTransition = ReturnType<typeof createFilingTransitions>;
