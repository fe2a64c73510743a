// Guard for `submitPhoto`: the method suits the filing and the actor, and a self-taken photo meets the upload rules.
import { fail, ok, type Result } from '../result.ts';
import type { ActorRole } from './states.ts';

export const PHOTO_METHODS = ['APP_CHECK', 'PHOTO_POINT', 'CURTAIN'] as const;
export type PhotoMethod = (typeof PHOTO_METHODS)[number];

export const SELF_PHOTO_MAX_BYTES = 2 * 1024 * 1024;

export interface PhotoFile {
  /** The type detected from the content (magic bytes), not the one the browser claimed. */
  readonly mimeType: string;
  readonly sizeBytes: number;
}

/** The curtain photo the applicant took: JPEG only, at most 2 MB. */
export function checkSelfPhotoFile(file: PhotoFile): Result {
  if (file.mimeType !== 'image/jpeg') return fail('PHOTO_NOT_JPEG');
  return file.sizeBytes <= SELF_PHOTO_MAX_BYTES ? ok() : fail('PHOTO_TOO_LARGE');
}

// Operators upload only at their photo point; applicants never pose as one.
const METHOD_ROLES: Record<PhotoMethod, readonly ActorRole[]> = {
  APP_CHECK: ['APPLICANT'],
  PHOTO_POINT: ['OPERATOR'],
  CURTAIN: ['APPLICANT'],
};

export interface PhotoSubmission {
  readonly method: PhotoMethod;
  readonly role: ActorRole;
  /** From `photoMethodChecks`: the methods whose check passed for this filing. */
  readonly eligibleMethods: readonly PhotoMethod[];
  readonly photo: PhotoFile | null;
}

export function checkPhotoSubmission(input: PhotoSubmission): Result {
  if (!input.eligibleMethods.includes(input.method)) return fail('PHOTO_METHOD_NOT_ELIGIBLE');
  if (!METHOD_ROLES[input.method].includes(input.role)) return fail('PHOTO_METHOD_ROLE');
  if (input.photo === null) return fail('PHOTO_MISSING');
  return input.method === 'CURTAIN' ? checkSelfPhotoFile(input.photo) : ok();
}
