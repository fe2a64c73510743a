// Where a filing stands towards its verification photo: the API opens step 4 in these statuses and refuses it before.
import type { FilingState } from '@beian/domain';

/** Waiting for the photo, or for a retake after the second review sent it back. */
const PHOTO_DUE = ['PHOTO_PENDING', 'PHOTO_REJECTED'] as const satisfies readonly FilingState[];

/** The photo is in: in the second review or beyond it. */
const PHOTO_TAKEN = [
  'SECOND_REVIEW',
  'BUREAU_SMS',
  'SMS_FAILED',
  'BUREAU_REVIEW',
  'BUREAU_REJECTED',
  'COMPLETED',
] as const satisfies readonly FilingState[];

const among = (list: readonly string[], status: string) => list.includes(status);

export const isPhotoDue = (status: string) => among(PHOTO_DUE, status);
export const isPhotoTaken = (status: string) => among(PHOTO_TAKEN, status);
/** The initial review has approved the filing: step 4 is open. */
export const hasReachedPhoto = (status: string) => isPhotoDue(status) || isPhotoTaken(status);
