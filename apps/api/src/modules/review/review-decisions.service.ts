// Review decisions, for both of the provider's reviews: the initial review approves (→ PHOTO_PENDING) or rejects
// with field-level reasons (→ INITIAL_REJECTED); the second review approves the verification photo (→ BUREAU_SMS)
// or rejects it with reasons on the photo (→ PHOTO_REJECTED). Only the reviewer holding a live lease decides, from
// the version they read; the transition, its FilingEvent (the reasons in its payload are the rejection the applicant
// reads), the lease's release, the notifications and (→ BUREAU_SMS) the bureau round to submit commit together.
import { type RejectionReason, type ReviewDecision, reasonWords } from '@beian/contracts';
import { checkLeaseHeld, checkRejectionReasons, type ListLocale, PHOTO_REASON_FIELD, reasonList } from '@beian/domain';
import { AppError, ConflictError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { BureauRoundsRepository } from '../bureau/bureau-rounds.repository.ts';
import { staleVersionError } from '../filings/filing-access.ts';
import type { ContactOf } from '../filings/filing-contact.ts';
import type { ApplyTransition } from '../filings/filing-transitions.ts';
import type { FilingsRepository } from '../filings/filings.repository.ts';
import type { StaffAccess } from '../filings/staff-access.ts';
import type { NotificationOutbox } from '../notifications/notifications.outbox.ts';
import { fieldSnapshot } from './rejection-snapshot.ts';

type Deps = {
  filings: FilingsRepository;
  applyTransition: ApplyTransition;
  outbox: NotificationOutbox;
  /** The applicant's email and the principal's confirmed mobile, read before the transaction. */
  contactOf: ContactOf;
  staff: StaffAccess;
  /** The second approval writes the next bureau round (PENDING), which the bureau.submit job hands to MIIT. */
  rounds: Pick<BureauRoundsRepository, 'openRound'>;
  clock: Clock;
};
type Reviewer = { id: string; role: 'REVIEWER' | 'ADMIN' | 'APPLICANT' | 'OPERATOR' };
export type Decision =
  | { kind: 'approve'; version: number }
  | { kind: 'reject'; version: number; reasons: RejectionReason[] };

/** What each review decides on: its status, the notices of its outcome, and what a reason may point at. */
const STAGES = {
  INITIAL_REVIEW: { approved: 'INITIAL_APPROVED', rejected: 'INITIAL_REJECTED', photoOnly: false },
  // At PHOTO_REJECTED the applicant can only take a new photo, so a second-review reason names the photo.
  SECOND_REVIEW: { approved: 'SECOND_APPROVED', rejected: 'SECOND_REJECTED', photoOnly: true },
} as const;
const isReviewStatus = (status: string): status is keyof typeof STAGES => Object.hasOwn(STAGES, status);
const onPhoto = (field: string) => field === PHOTO_REASON_FIELD || field.startsWith(`${PHOTO_REASON_FIELD}.`);

const notHeld = (orderNo: string, expired: boolean) =>
  new ConflictError(
    'LEASE_NOT_HELD',
    expired
      ? `Your claim on filing ${orderNo} has lapsed; claim it again before deciding.`
      : `You do not hold the claim on filing ${orderNo}; claim it from the queue before deciding.`,
  );

/** The reasons as one text for a reader of `locale`: catalogue picks in that language, a reviewer's words as written. */
const reasonsIn = (reasons: readonly RejectionReason[], locale: ListLocale) =>
  reasonList(
    reasons.map((r) => reasonWords(r, locale).message),
    locale,
  );

export function createReviewDecisionService({
  filings,
  applyTransition,
  outbox,
  contactOf,
  staff,
  rounds,
  clock,
}: Deps) {
  return {
    async decide(reviewer: Reviewer, id: string, decision: Decision): Promise<ReviewDecision> {
      const row = await filings.findById(id);
      if (!row || !(await staff.mayView(row))) throw new NotFoundError(`Filing ${id}`);
      if (!isReviewStatus(row.status)) {
        throw new ConflictError('ILLEGAL_TRANSITION', `Filing ${row.orderNo} is ${row.status}, not in a review.`);
      }
      const stage = STAGES[row.status];
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
      // The second review judges the photo and the initial review everything else; a reason naming the other's
      // part would leave the applicant nothing they could change.
      const misplaced =
        decision.kind === 'reject'
          ? decision.reasons.flatMap((r, i) => (onPhoto(r.field) === stage.photoOnly ? [] : [i]))
          : [];
      if (misplaced.length > 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          400,
          stage.photoOnly
            ? `The second review rejects the verification photo: every reason names the field "${PHOTO_REASON_FIELD}".`
            : `The initial review rejects information and materials: no reason may name "${PHOTO_REASON_FIELD}".`,
          {
            errors: misplaced.map((i) => ({
              path: `reasons.${i}.field`,
              message: stage.photoOnly ? `Use "${PHOTO_REASON_FIELD}".` : 'Name a field or a material.',
            })),
          },
        );
      }
      if (decision.version !== row.version) throw staleVersionError(row.orderNo, decision.version, row.version);

      const contact = await contactOf(row);
      const reasons = decision.kind === 'reject' ? decision.reasons : [];
      const status = await applyTransition({
        row,
        event: decision.kind,
        actor: { role: reviewer.role, id: reviewer.id },
        at: now,
        // A rejection keeps what it saw of the fields, so the next round can show what changed (review-resubmission.ts).
        payload:
          decision.kind === 'reject'
            ? { version: row.version, reasons, snapshot: fieldSnapshot(row) }
            : { version: row.version },
        // In BUREAU_SMS the due time is the SMS check's, known once MIIT has the submission (bureau.submit).
        set: stage.photoOnly && decision.kind === 'approve' ? { slaDueAt: null } : undefined,
        // Checked again by the status update itself: the lease may have lapsed, or been reassigned, since the check.
        lease: { holderId: reviewer.id, liveAt: now, lost: () => notHeld(row.orderNo, true) },
        alsoInTransaction: async (tx, to) => {
          await outbox.notify(
            {
              accountId: row.accountId,
              filingId: row.id,
              template: decision.kind === 'approve' ? stage.approved : stage.rejected,
              params: {
                orderNo: row.orderNo,
                // Texts and emails are worded in Chinese, and so is the centre in Chinese; an English centre reads
                // `reasonsEn`. Catalogue picks read in each language, a reviewer's own words as written.
                ...(decision.kind === 'reject'
                  ? { reasons: reasonsIn(reasons, 'zh-CN'), reasonsEn: reasonsIn(reasons, 'en-US') }
                  : {}),
              },
              ...contact,
              now,
            },
            tx,
          );
          if (to === 'BUREAU_SMS') await rounds.openRound({ filingId: row.id, now }, tx);
        },
      });
      // The guarded update moved the row from the version read, by one.
      return { id: row.id, orderNo: row.orderNo, status, version: row.version + 1 };
    },
  };
}

export type ReviewDecisionService = ReturnType<typeof createReviewDecisionService>;
