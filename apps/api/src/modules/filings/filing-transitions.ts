// The one way a filing changes state: the transition is checked with @beian/domain, then one statement moves the
// row (only from the status and version that were read), appends its FilingEvent and the audit row
// (filing-transition-audit.ts), and gives up the subject and domain locks of a filing that leaves the in-flight states
// (filing-transition.statement.ts). Writes that must commit with it run in the same transaction; without any, the
// statement is its own. Zero rows moved is a 409.
import { type ActorRole, type FilingEvent, type FilingState, isTerminalState, transition } from '@beian/domain';
import type { Filing, Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';
import { ConflictError, ForbiddenError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { auditInsertFrom } from '../audit/audit.repository.ts';
import { staleVersionError } from './filing-access.ts';
import { type TransitionSet, transitionStatement } from './filing-transition.statement.ts';
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
  set?: TransitionSet;
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
  /**
   * A review lease the transition ends: the row moves only while `holderId` holds it (still live at `liveAt` when
   * given, checked under the row lock), and the same update gives it up. Otherwise `lost()` is thrown.
   */
  lease?: { holderId: string; liveAt?: Date; lost: () => Error };
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
  clock,
}: {
  db: Db;
  repo: Pick<FilingsRepository, 'findById'>;
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
    lease,
    requestId,
  }: TransitionRequest) {
    const next = transition(row.status, event, actor.role);
    if (!next.ok) {
      if (next.reason === 'ROLE_NOT_ALLOWED') throw new ForbiddenError(`Your role cannot ${event} a filing.`);
      throw new ConflictError('ILLEGAL_TRANSITION', `Filing ${row.orderNo} is ${row.status}: it cannot ${event} now.`);
    }
    const now = at ?? clock.now();
    const statement = transitionStatement({
      id: row.id,
      version: row.version,
      from: row.status,
      to: next.value,
      now,
      set,
      ifUnmodifiedSince,
      lease: lease && { holderId: lease.holderId, liveAt: lease.liveAt },
      event: { event, actorId: actor.id, actorRole: actor.role, payload },
      audit: auditInsertFrom(
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
        'moved',
      ),
      releaseLocks: isTerminalState(next.value),
    });

    /** Why a guard held the row back: it moved on (409 stale), or the lease was no longer the caller's. */
    async function notMoved(tx: Tx): Promise<Error> {
      if (!lease) return staleVersionError(row.orderNo, row.version);
      const current = await repo.findById(row.id, tx);
      const unmodified = !ifUnmodifiedSince || (current && current.updatedAt <= ifUnmodifiedSince);
      return current && current.status === row.status && current.version === row.version && unmodified
        ? lease.lost()
        : staleVersionError(row.orderNo, row.version);
    }

    if (!alsoInTransaction) {
      if ((await db.$executeRaw(statement)) === 0) throw await notMoved(db);
      return next.value;
    }
    await db.$transaction(async (tx) => {
      if ((await tx.$executeRaw(statement)) === 0) throw await notMoved(tx);
      await alsoInTransaction(tx, next.value);
    });
    return next.value;
  };
}

export type ApplyTransition = ReturnType<typeof createFilingTransitions>;
