// Initial-review decisions: approve (→ PHOTO_PENDING) or reject with field-level reasons (→ INITIAL_REJECTED). Only
// the reviewer holding a live lease decides, from the version they read; the transition, its FilingEvent (the
// reasons in its payload are the rejection the applicant reads), the lease's release and the notifications commit
// together.
import type { RejectionReason, ReviewDecision } from '@beian/contracts';
import { checkLeaseHeld, checkRejectionReasons } from '@beian/domain';
import { AppError, ConflictError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { staleVersionError } from '../filings/filing-access.ts';
import type { ContactOf } from '../filings/filing-contact.ts';
import type { ApplyTransition } from '../filings/filing-transitions.ts';
import type { FilingsRepository } from '../filings/filings.repository.ts';
import type { StaffAccess } from '../filings/staff-access.ts';
import type { NotificationOutbox } from '../notifications/notifications.outbox.ts';
import { fieldSnapshot } from './rejection-snapshot.ts';
import type { ReviewClaimsRepository } from './review-claims.repository.ts';

type Deps = {
  filings: FilingsRepository;
  claims: ReviewClaimsRepository;
  applyTransition: ApplyTransition;
  outbox: NotificationOutbox;
  /** The applicant's email and the principal's confirmed mobile, read before the transaction. */
  contactOf: ContactOf;
  staff: StaffAccess;
  clock: Clock;
};
type Reviewer = { id: string; role: 'REVIEWER' | 'ADMIN' | 'APPLICANT' | 'OPERATOR' };
export type Decision =
  | { kind: 'approve'; version: number }
  | { kind: 'reject'; version: number; reasons: RejectionReason[] };

const notHeld = (orderNo: string, expired: boolean) =>
  new ConflictError(
    'LEASE_NOT_HELD',
    expired
      ? `Your claim on filing ${orderNo} has lapsed; claim it again before deciding.`
      : `You do not hold the claim on filing ${orderNo}; claim it from the queue before deciding.`,
  );

export function createReviewDecisionService({
  filings,
  claims,
  applyTransition,
  outbox,
  contactOf,
  staff,
  clock,
}: Deps) {
  return {
    async decide(reviewer: Reviewer, id: string, decision: Decision): Promise<ReviewDecision> {
      const row = await filings.findById(id);
      if (!row || !(await staff.mayView(row))) throw new NotFoundError(`Filing ${id}`);
      if (row.status !== 'INITIAL_REVIEW') {
        throw new ConflictError('ILLEGAL_TRANSITION', `Filing ${row.orderNo} is ${row.status}, not in initial review.`);
      }
      const now = clock.now();
      const lease =
        row.claimedById && row.claimExpiresAt ? { holderId: row.claimedById, expiresAt: row.claimExpiresAt } : null;
      const held = checkLeaseHeld({ lease, actorId: reviewer.id, now });
      if (!held.ok) throw notHeld(row.orderNo, held.reason === 'LEASE_EXPIRED');
      if (decision.kind === 'reject' && !checkRejectionReasons(decision.reasons).ok) {
        throw new AppError(
          'VALIDATION_FAILED',
          400,
          'A rejection needs at least one reason naming a field, a code and a message.',
        );
      }
      if (decision.version !== row.version) throw staleVersionError(row.orderNo, decision.version, row.version);

      const contact = await contactOf(row);
      const reasons = decision.kind === 'reject' ? decision.reasons : [];
      await applyTransition({
        row,
        event: decision.kind,
        actor: { role: reviewer.role, id: reviewer.id },
        at: now,
        // A rejection keeps what it saw of the fields, so the next round can show what changed (review-resubmission.ts).
        payload:
          decision.kind === 'reject'
            ? { version: row.version, reasons, snapshot: fieldSnapshot(row) }
            : { version: row.version },
        alsoInTransaction: async (tx) => {
          // Under the row lock the status update holds: the lease may have lapsed, or been reassigned, since the check.
          if (!(await claims.release({ id, reviewerId: reviewer.id, liveAt: now }, tx)))
            throw notHeld(row.orderNo, true);
          await outbox.notify(
            {
              accountId: row.accountId,
              filingId: row.id,
              template: decision.kind === 'approve' ? 'INITIAL_APPROVED' : 'INITIAL_REJECTED',
              params: {
                orderNo: row.orderNo,
                ...(decision.kind === 'reject' ? { reasons: reasons.map((r) => r.message).join('；') } : {}),
              },
              ...contact,
              now,
            },
            tx,
          );
        },
      });
      const after = await filings.findById(id);
      if (!after) throw new NotFoundError(`Filing ${id}`);
      return { id: after.id, orderNo: after.orderNo, status: after.status, version: after.version };
    },
  };
}

export type ReviewDecisionService = ReturnType<typeof createReviewDecisionService>;
