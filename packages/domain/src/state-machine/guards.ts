// Data guards of the state machine: each checks one precondition that needs the filing's data, for the service to run
// before it persists a transition (the table in transitions.ts names which guards apply).
import { fail, ok, type Result } from '../result.ts';

export const GUARD_NAMES = [
  'submissionComplete',
  'notClaimed',
  'leaseHeld',
  'rejectionReasons',
  'photoSubmission',
  'smsAllConfirmed',
  'smsWindowClosed',
  'bureauReason',
  'editedSinceRejection',
  'idleExpired',
] as const;
export type GuardName = (typeof GUARD_NAMES)[number];

/** A reviewer's claim on a filing; it lapses at `expiresAt` so an abandoned claim frees the filing by itself. */
export interface Lease {
  readonly holderId: string;
  readonly expiresAt: Date;
}

const isActive = (lease: Lease | null, now: Date): lease is Lease =>
  lease !== null && lease.expiresAt.getTime() > now.getTime();

export interface SubmissionInput {
  /** Required fields still empty, as computed by the form schema. */
  readonly missingFields: readonly string[];
  readonly requiredMaterials: readonly string[];
  readonly uploadedMaterials: readonly string[];
  readonly agreementAccepted: boolean;
}

/** Guard for `submit` and `resubmit`: all required info, every required material, and the agreement. */
export function checkSubmissionComplete(input: SubmissionInput): Result {
  if (input.missingFields.length > 0) return fail('SUBMISSION_INFO_INCOMPLETE');
  if (!input.requiredMaterials.every((kind) => input.uploadedMaterials.includes(kind))) {
    return fail('SUBMISSION_MATERIALS_INCOMPLETE');
  }
  return input.agreementAccepted ? ok() : fail('SUBMISSION_AGREEMENT_MISSING');
}

/** Guard for `withdraw`: only while no reviewer holds a live claim on the filing. */
export const checkNotClaimed = (input: { lease: Lease | null; now: Date }): Result =>
  isActive(input.lease, input.now) ? fail('WITHDRAW_CLAIMED') : ok();

/** Guard for review decisions: the acting reviewer holds a live lease, so two reviewers never decide one filing. */
export function checkLeaseHeld(input: { lease: Lease | null; actorId: string; now: Date }): Result {
  if (input.lease === null || input.lease.holderId !== input.actorId) return fail('LEASE_NOT_HELD');
  return isActive(input.lease, input.now) ? ok() : fail('LEASE_EXPIRED');
}

/** One structured rejection reason; the applicant's wizard highlights `field`. */
export interface RejectionReason {
  readonly field: string;
  readonly code: string;
  readonly message: string;
  readonly suggestion?: string;
}

/** Guard for `reject`: at least one reason, each naming a field, a code and a message. */
export function checkRejectionReasons(reasons: readonly RejectionReason[]): Result {
  if (reasons.length === 0) return fail('REJECTION_REASONS_REQUIRED');
  const complete = reasons.every((r) => r.field.trim() !== '' && r.code.trim() !== '' && r.message.trim() !== '');
  return complete ? ok() : fail('REJECTION_REASON_INCOMPLETE');
}

/** Guard for `bureauReject`: the bureau's reason text is relayed to the applicant, so it must exist. */
export const checkBureauReason = (text: string): Result => (text.trim() === '' ? fail('BUREAU_REASON_REQUIRED') : ok());

/** Guard for `resubmit` after a bureau rejection: resubmitting unchanged data would only be rejected again. */
export const checkEditedSinceRejection = (input: { rejectedAt: Date; lastEditedAt: Date | null }): Result =>
  input.lastEditedAt !== null && input.lastEditedAt.getTime() > input.rejectedAt.getTime()
    ? ok()
    : fail('NO_EDITS_SINCE_REJECTION');

export const SMS_WINDOW_HOURS = 24;
/** MIIT allows this many wrong codes; the next one fails the check. */
export const SMS_MAX_WRONG_CODES = 5;

/** Guard for `smsConfirmed`: every verifier (there may be two) confirmed. */
export const checkSmsAllConfirmed = (verifiers: readonly { confirmed: boolean }[]): Result =>
  verifiers.length > 0 && verifiers.every((v) => v.confirmed) ? ok() : fail('SMS_VERIFIERS_PENDING');

/** Guard for `smsExpired`: the 24-hour window has passed, or a verifier entered the 6th wrong code. */
export function checkSmsWindowClosed(input: { sentAt: Date; now: Date; wrongCodes: number }): Result {
  if (input.wrongCodes > SMS_MAX_WRONG_CODES) return ok();
  const elapsed = input.now.getTime() - input.sentAt.getTime();
  return elapsed >= SMS_WINDOW_HOURS * 3_600_000 ? ok() : fail('SMS_WINDOW_OPEN');
}
