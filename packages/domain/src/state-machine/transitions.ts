// The transition table of the filing state machine, and the two questions asked of it: where does an event lead, and
// which events may this role fire now. Guards that need the filing's data live in guards.ts and are named here.
import { fail, ok, type Result } from '../result.ts';
import type { GuardName } from './guards.ts';
import { type ActorRole, FILING_EVENTS, type FilingEvent, type FilingState, PRE_BUREAU_STATES } from './states.ts';

export interface Transition {
  readonly event: FilingEvent;
  readonly from: readonly FilingState[];
  readonly to: FilingState;
  readonly roles: readonly ActorRole[];
  /** Data guards the service must pass (in this order) before persisting the transition. */
  readonly guards: readonly GuardName[];
}

// An admin can do reviewer work; a photo-point operator uploads photos on an applicant's behalf.
const REVIEWERS: readonly ActorRole[] = ['REVIEWER', 'ADMIN'];

export const TRANSITIONS: readonly Transition[] = [
  { event: 'submit', from: ['DRAFT'], to: 'INITIAL_REVIEW', roles: ['APPLICANT'], guards: ['submissionComplete'] },
  { event: 'withdraw', from: ['INITIAL_REVIEW'], to: 'DRAFT', roles: ['APPLICANT'], guards: ['notClaimed'] },
  { event: 'approve', from: ['INITIAL_REVIEW'], to: 'PHOTO_PENDING', roles: REVIEWERS, guards: ['leaseHeld'] },
  {
    event: 'reject',
    from: ['INITIAL_REVIEW'],
    to: 'INITIAL_REJECTED',
    roles: REVIEWERS,
    guards: ['leaseHeld', 'rejectionReasons'],
  },
  {
    event: 'resubmit',
    from: ['INITIAL_REJECTED'],
    to: 'INITIAL_REVIEW',
    roles: ['APPLICANT'],
    guards: ['submissionComplete'],
  },
  {
    event: 'submitPhoto',
    from: ['PHOTO_PENDING', 'PHOTO_REJECTED'],
    to: 'SECOND_REVIEW',
    roles: ['APPLICANT', 'OPERATOR'],
    guards: ['photoSubmission'],
  },
  { event: 'approve', from: ['SECOND_REVIEW'], to: 'BUREAU_SMS', roles: REVIEWERS, guards: ['leaseHeld'] },
  {
    event: 'reject',
    from: ['SECOND_REVIEW'],
    to: 'PHOTO_REJECTED',
    roles: REVIEWERS,
    guards: ['leaseHeld', 'rejectionReasons'],
  },
  { event: 'smsConfirmed', from: ['BUREAU_SMS'], to: 'BUREAU_REVIEW', roles: ['SYSTEM'], guards: ['smsAllConfirmed'] },
  { event: 'smsExpired', from: ['BUREAU_SMS'], to: 'SMS_FAILED', roles: ['SYSTEM'], guards: ['smsWindowClosed'] },
  { event: 'resubmitToBureau', from: ['SMS_FAILED'], to: 'BUREAU_SMS', roles: REVIEWERS, guards: [] },
  { event: 'bureauApprove', from: ['BUREAU_REVIEW'], to: 'COMPLETED', roles: ['SYSTEM'], guards: [] },
  {
    event: 'bureauReject',
    from: ['BUREAU_REVIEW'],
    to: 'BUREAU_REJECTED',
    roles: ['SYSTEM'],
    guards: ['bureauReason'],
  },
  {
    event: 'resubmit',
    from: ['BUREAU_REJECTED'],
    to: 'INITIAL_REVIEW',
    roles: ['APPLICANT'],
    guards: ['editedSinceRejection', 'submissionComplete'],
  },
  { event: 'abandon', from: PRE_BUREAU_STATES, to: 'ABANDONED', roles: ['APPLICANT'], guards: [] },
  { event: 'expire', from: PRE_BUREAU_STATES, to: 'EXPIRED', roles: ['SYSTEM'], guards: ['idleExpired'] },
];

/** The table row for an event fired from a state, whoever fires it; undefined when the event is illegal there. */
export const findTransition = (from: FilingState, event: FilingEvent): Transition | undefined =>
  TRANSITIONS.find((t) => t.event === event && t.from.includes(from));

/** The next state, or ILLEGAL_TRANSITION / ROLE_NOT_ALLOWED. Data guards are not run here: see `findTransition(...).guards`. */
export function transition(from: FilingState, event: FilingEvent, role: ActorRole): Result<FilingState> {
  const row = findTransition(from, event);
  if (!row) return fail('ILLEGAL_TRANSITION');
  if (!row.roles.includes(role)) return fail('ROLE_NOT_ALLOWED');
  return ok(row.to);
}

/** Events this role may fire from this state, in FILING_EVENTS order (what the UI offers as actions). */
export const availableEvents = (from: FilingState, role: ActorRole): FilingEvent[] =>
  FILING_EVENTS.filter((event) => transition(from, event, role).ok);
