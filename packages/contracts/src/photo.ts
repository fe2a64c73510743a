// Step 4, the verification photo (办理拍照): what the applicant sees once the initial review has approved the filing.
import { z } from 'zod';
import { CheckSchema } from './checks.ts';
import { FilingStatusSchema } from './filings.ts';

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
