// The stages of a filing's progress timeline, who acts in each, and which stage every filing state belongs to.
import type { FilingState } from '../state-machine/states.ts';

export const PROGRESS_STAGE_KEYS = [
  'APPLICATION',
  'INITIAL_REVIEW',
  'PHOTO',
  'SECOND_REVIEW',
  'MIIT_SMS',
  'BUREAU_REVIEW',
  'COMPLETED',
] as const;
export type ProgressStageKey = (typeof PROGRESS_STAGE_KEYS)[number];

export const PROGRESS_PARTIES = ['APPLICANT', 'PROVIDER', 'VERIFIERS', 'BUREAU'] as const;
export type ProgressParty = (typeof PROGRESS_PARTIES)[number];

/** Done, being worked now, current but sent back (a rejection or a failed check), or not begun. */
export const PROGRESS_STAGE_STATES = ['DONE', 'CURRENT', 'RETURNED', 'UPCOMING'] as const;
export type ProgressStageState = (typeof PROGRESS_STAGE_STATES)[number];

export const STAGE_PARTY: Readonly<Record<ProgressStageKey, ProgressParty>> = {
  APPLICATION: 'APPLICANT',
  INITIAL_REVIEW: 'PROVIDER',
  PHOTO: 'APPLICANT',
  SECOND_REVIEW: 'PROVIDER',
  MIIT_SMS: 'VERIFIERS',
  BUREAU_REVIEW: 'BUREAU',
  COMPLETED: 'BUREAU',
};

/** The stage a (non-terminal-abandoned) state is in; null for ABANDONED and EXPIRED, which end wherever they were. */
export const STAGE_OF_STATE: Readonly<Record<FilingState, ProgressStageKey | null>> = {
  DRAFT: 'APPLICATION',
  INITIAL_REVIEW: 'INITIAL_REVIEW',
  INITIAL_REJECTED: 'APPLICATION',
  PHOTO_PENDING: 'PHOTO',
  SECOND_REVIEW: 'SECOND_REVIEW',
  PHOTO_REJECTED: 'PHOTO',
  BUREAU_SMS: 'MIIT_SMS',
  SMS_FAILED: 'MIIT_SMS',
  BUREAU_REVIEW: 'BUREAU_REVIEW',
  BUREAU_REJECTED: 'APPLICATION',
  COMPLETED: 'COMPLETED',
  ABANDONED: null,
  EXPIRED: null,
};

/** States reached by sending the filing back: a rejection or a failed SMS check. Their stage is RETURNED. */
export const RETURNED_STATES: ReadonlySet<FilingState> = new Set<FilingState>([
  'INITIAL_REJECTED',
  'PHOTO_REJECTED',
  'SMS_FAILED',
  'BUREAU_REJECTED',
]);
