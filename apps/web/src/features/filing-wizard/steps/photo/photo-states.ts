// Where a filing stands towards its verification photo: the API opens step 4 in these statuses and refuses it before.
import { PHOTO_STATES, PHOTO_STEP_STATES, PHOTO_TAKEN_STATES } from '@beian/domain';

const among = (list: readonly string[], status: string) => list.includes(status);

/** Waiting for the photo, or for a retake after the second review sent it back. */
export const isPhotoDue = (status: string) => among(PHOTO_STATES, status);
/** The photo is in: in the second review or beyond it. */
export const isPhotoTaken = (status: string) => among(PHOTO_TAKEN_STATES, status);
/** The initial review has approved the filing: step 4 is open. */
export const hasReachedPhoto = (status: string) => among(PHOTO_STEP_STATES, status);
