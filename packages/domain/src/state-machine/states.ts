// The filing's states, events and actor roles, and the named groups of states that the rest of the product relies on.

export const FILING_STATES = [
  'DRAFT',
  'INITIAL_REVIEW',
  'INITIAL_REJECTED',
  'PHOTO_PENDING',
  'SECOND_REVIEW',
  'PHOTO_REJECTED',
  'BUREAU_SMS',
  'SMS_FAILED',
  'BUREAU_REVIEW',
  'BUREAU_REJECTED',
  'COMPLETED',
  'ABANDONED',
  'EXPIRED',
] as const;
export type FilingState = (typeof FILING_STATES)[number];

export const FILING_EVENTS = [
  'submit',
  'withdraw',
  'approve',
  'reject',
  'resubmit',
  'submitPhoto',
  'smsConfirmed',
  'smsExpired',
  'resubmitToBureau',
  'bureauApprove',
  'bureauReject',
  'abandon',
  'expire',
] as const;
export type FilingEvent = (typeof FILING_EVENTS)[number];

export const ACTOR_ROLES = ['APPLICANT', 'REVIEWER', 'ADMIN', 'OPERATOR', 'SYSTEM'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** Subject and website info (and materials) may change only here. */
export const EDITABLE_STATES = [
  'DRAFT',
  'INITIAL_REJECTED',
  'BUREAU_REJECTED',
] as const satisfies readonly FilingState[];
/** The verification photo may be (re)submitted only here. */
export const PHOTO_STATES = ['PHOTO_PENDING', 'PHOTO_REJECTED'] as const satisfies readonly FilingState[];
/** The photo is in: in the second review, or past it on the way to (or back from) the bureau. */
export const PHOTO_TAKEN_STATES = [
  'SECOND_REVIEW',
  'BUREAU_SMS',
  'SMS_FAILED',
  'BUREAU_REVIEW',
  'BUREAU_REJECTED',
  'COMPLETED',
] as const satisfies readonly FilingState[];
/** A reviewer's turn: the applicant handed the filing (or its photo) over for one of the provider's reviews. */
export const REVIEWER_STATES = ['INITIAL_REVIEW', 'SECOND_REVIEW'] as const satisfies readonly FilingState[];
/** The initial review has approved the filing: the wizard's photo step (step 4) is open from here on. */
export const PHOTO_STEP_STATES = [...PHOTO_STATES, ...PHOTO_TAKEN_STATES] as const;
export const TERMINAL_STATES = ['COMPLETED', 'ABANDONED', 'EXPIRED'] as const satisfies readonly FilingState[];
/** Everything before the filing reaches MIIT: only here may the applicant abandon or the system expire it. */
export const PRE_BUREAU_STATES = [
  'DRAFT',
  'INITIAL_REVIEW',
  'INITIAL_REJECTED',
  'PHOTO_PENDING',
  'SECOND_REVIEW',
  'PHOTO_REJECTED',
] as const satisfies readonly FilingState[];

export const REVIEW_STAGES = ['INITIAL', 'SECOND', 'BUREAU'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

// A state belongs to the review that is running, that it waits for, or that produced its rejection.
const STAGE_OF: Record<FilingState, ReviewStage | null> = {
  DRAFT: null,
  INITIAL_REVIEW: 'INITIAL',
  INITIAL_REJECTED: 'INITIAL',
  PHOTO_PENDING: 'SECOND',
  SECOND_REVIEW: 'SECOND',
  PHOTO_REJECTED: 'SECOND',
  BUREAU_SMS: 'BUREAU',
  SMS_FAILED: 'BUREAU',
  BUREAU_REVIEW: 'BUREAU',
  BUREAU_REJECTED: 'BUREAU',
  COMPLETED: null,
  ABANDONED: null,
  EXPIRED: null,
};

export const reviewStage = (state: FilingState): ReviewStage | null => STAGE_OF[state];

const includes = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export const isFilingState = (value: string): value is FilingState => includes(FILING_STATES, value);
export const isFilingEvent = (value: string): value is FilingEvent => includes(FILING_EVENTS, value);
export const isActorRole = (value: string): value is ActorRole => includes(ACTOR_ROLES, value);
export const isEditableState = (state: FilingState): boolean => includes(EDITABLE_STATES, state);
export const isPhotoState = (state: FilingState): boolean => includes(PHOTO_STATES, state);
export const isTerminalState = (state: FilingState): boolean => includes(TERMINAL_STATES, state);
export const isPreBureauState = (state: FilingState): boolean => includes(PRE_BUREAU_STATES, state);

/**
 * Whether the provider's staff may see a filing: only what the applicant handed over for review and did not take
 * back. A draft never was; withdrawal takes a submission back (the draft is the applicant's again); a filing that was
 * abandoned or expired stays visible only if it left a handed-over state, so the provider keeps the record of what it
 * reviewed. `endedFrom` is the state an ABANDONED or EXPIRED filing left (its last event's from-state).
 */
export function isHandedOver(state: FilingState, endedFrom: FilingState | null): boolean {
  const last = state === 'ABANDONED' || state === 'EXPIRED' ? endedFrom : state;
  return last !== null && last !== 'DRAFT' && last !== 'ABANDONED' && last !== 'EXPIRED';
}
