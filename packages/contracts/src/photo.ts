// Step 4, the verification photo (办理拍照): what the applicant sees once the initial review has approved the filing.
import { PHOTO_METHODS } from '@beian/domain';
import { z } from 'zod';
import { CheckSchema } from './checks.ts';
import { FilingStatusSchema } from './filings.ts';
import { RejectionSchema } from './review.ts';

export const PhotoMethodSchema = z.enum(PHOTO_METHODS);

/**
 * A verification photo as the applicant and the second reviewer read it: how, when, where and by whom it was taken
 * (the words come from these fields: CURTAIN is the principal's own photo with the mailed curtain, APP_CHECK the
 * Shanghai app check, PHOTO_POINT the point and its operator), and where its bytes are.
 */
export const PhotoViewSchema = z.object({
  id: z.uuid(),
  method: PhotoMethodSchema,
  takenAt: z.iso.datetime(),
  /** PHOTO_POINT: the point it was taken at; null for the other methods. */
  photoPoint: z.object({ name: z.string(), city: z.string(), province: z.string() }).nullable(),
  /** PHOTO_POINT: the operator's display name; null for the other methods (the applicant took it). */
  operatorName: z.string().nullable(),
  /** The JPEG, for the filing's owner and for staff who may view the filing. */
  contentUrl: z.string(),
});
export type PhotoView = z.infer<typeof PhotoViewSchema>;

export const PhotoStepSchema = z.object({
  id: z.uuid(),
  orderNo: z.string(),
  status: FilingStatusSchema,
  version: z.number().int(),
  /** GB/T 2260 code of the filing's province: photo points are listed by it. */
  province: z.string(),
  /** When the initial review approved the filing (its latest `approve` from INITIAL_REVIEW). */
  approvedAt: z.iso.datetime(),
  /**
   * The methods in a fixed order, each a named check: APP_CHECK (Shanghai app check: pass, or fail with
   * APP_CHECK_PROVINCE, APP_CHECK_PRINCIPALS_DIFFER or APP_CHECK_CERT_TYPE), PHOTO_POINT and CURTAIN.
   */
  methods: z.array(CheckSchema),
  /** The newest verification photo: under second review, rejected, or approved; null before the first one. */
  photo: PhotoViewSchema.nullable(),
  /** While the second review runs (SECOND_REVIEW): when it is due; null otherwise. */
  secondReviewDueAt: z.iso.datetime().nullable(),
  /** At PHOTO_REJECTED: the second review's latest rejection, its reasons on the photo; null otherwise. */
  rejection: RejectionSchema.nullable(),
});
export type PhotoStep = z.infer<typeof PhotoStepSchema>;

/** The text field sent before a verification photo (multipart): the filing's version the sender read. */
export const SubmitPhotoFieldsSchema = z.strictObject({
  version: z.coerce.number().int().positive(),
});
export type SubmitPhotoFields = z.infer<typeof SubmitPhotoFieldsSchema>;

/** The filing once its verification photo is in: SECOND_REVIEW, and when that review is due. */
export const SubmittedPhotoSchema = z.object({
  id: z.uuid(),
  orderNo: z.string(),
  status: FilingStatusSchema,
  version: z.number().int(),
  photoId: z.uuid(),
  /** The end of the second review's SLA (1 working day on the mainland calendar). */
  secondReviewDueAt: z.iso.datetime(),
});
export type SubmittedPhoto = z.infer<typeof SubmittedPhotoSchema>;

/** GET /api/review/filings/:id/photo: the photo the second review decides on (the newest), or null before one. */
export const ReviewPhotoSchema = z.object({ photo: PhotoViewSchema.nullable() });
export type ReviewPhoto = z.infer<typeof ReviewPhotoSchema>;

export const PhotoIdParamsSchema = z.object({ id: z.uuid() });
