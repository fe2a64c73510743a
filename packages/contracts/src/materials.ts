// The materials step (step 3): the required list, uploads, the verification sheet, and submission for initial review.
import { MATERIAL_CONTENT_TYPES, MATERIAL_KINDS, PRE_APPROVAL_CATEGORIES } from '@beian/domain';
import { z } from 'zod';
import { trimmed } from './common.ts';
import { VersionSchema } from './filing-common.ts';
import { FilingStatusSchema } from './filings.ts';

export const MaterialKindSchema = z.enum(MATERIAL_KINDS);
export const PreApprovalCategorySchema = z.enum(PRE_APPROVAL_CATEGORIES);

/** One uploaded file. Its content is read back only through GET /api/materials/:id/content. */
export const MaterialSchema = z.object({
  id: z.uuid(),
  kind: MaterialKindSchema,
  websiteFilingNo: z.string().nullable(),
  category: PreApprovalCategorySchema.nullable(),
  /** Decided from the bytes, never from the file name or the request's header. */
  contentType: z.enum(MATERIAL_CONTENT_TYPES),
  bytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  sha256: z.string(),
  uploadedAt: z.iso.datetime(),
});
export type Material = z.infer<typeof MaterialSchema>;

/** One line of the required list (see requiredMaterials in @beian/domain), with what has been uploaded for it. */
export const MaterialItemSchema = z.object({
  kind: MaterialKindSchema,
  websiteFilingNo: z.string().nullable(),
  category: PreApprovalCategorySchema.nullable(),
  required: z.boolean(),
  alternatives: z.array(MaterialKindSchema),
  reason: z.string(),
  instructions: z.array(z.string()),
  pledgeText: z.string().nullable(),
  accepts: z.array(z.enum(MATERIAL_CONTENT_TYPES)),
  maxBytes: z.number().int(),
  provided: z.boolean(),
  /** The upload for exactly this slot, if any (replacing it uploads again to the same slot). */
  material: MaterialSchema.nullable(),
});
export type MaterialItem = z.infer<typeof MaterialItemSchema>;

export const MaterialListSchema = z.object({
  items: z.array(MaterialItemSchema),
  /** Required items not yet provided; submission is refused while this is not empty. */
  missing: z.number().int(),
});
export type MaterialList = z.infer<typeof MaterialListSchema>;

/**
 * Upload: POST /api/filings/:id/materials as multipart/form-data with the text fields `kind`, optional
 * `websiteFilingNo` and `category`, FIRST, then the `file` part. Uploading to a slot that holds a file replaces it.
 */
export const UploadMaterialFieldsSchema = z.strictObject({
  kind: MaterialKindSchema,
  websiteFilingNo: trimmed(40).optional(),
  category: PreApprovalCategorySchema.optional(),
});

export const MaterialIdParamsSchema = z.strictObject({ id: z.uuid({ message: 'Not a material id' }) });
export const FilingMaterialParamsSchema = z.strictObject({ id: z.uuid(), materialId: z.uuid() });

/** The terms and privacy notice the applicant agrees to at submission; their versions are stored with the time. */
export const AGREEMENT_VERSIONS = { terms: '2026-11', privacy: '2026-11' } as const;

export const SubmitBodySchema = z.strictObject({
  version: VersionSchema,
  agreement: z.strictObject({
    termsVersion: z.literal(AGREEMENT_VERSIONS.terms),
    privacyVersion: z.literal(AGREEMENT_VERSIONS.privacy),
    accepted: z.literal(true, { message: 'Tick the box to agree to the terms and the privacy notice' }),
  }),
});
export type SubmitBody = z.infer<typeof SubmitBodySchema>;

export const SubmitResponseSchema = z.object({
  id: z.uuid(),
  orderNo: z.string(),
  status: FilingStatusSchema,
  version: z.number().int(),
  submittedAt: z.iso.datetime(),
  /** End of the initial review's SLA (1 working day, mainland calendar), as an instant. */
  initialReviewDueAt: z.iso.datetime(),
});
export type SubmitResponse = z.infer<typeof SubmitResponseSchema>;
