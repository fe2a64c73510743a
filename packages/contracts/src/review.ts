// Reviewer workbench schemas.
import { FILING_TYPES } from '@beian/domain';
import { z } from 'zod';
import { CalendarCoverageSchema } from './calendar.ts';
import { nonEmpty, trimmed } from './common.ts';
import { VersionSchema } from './filing-common.ts';

/** The two reviewer queues: initial review of info and materials, second review of the verification photo. */
export const ReviewStageSchema = z.enum(['INITIAL', 'SECOND']);
export type ReviewStage = z.infer<typeof ReviewStageSchema>;

export const ReviewerRefSchema = z.object({ id: z.uuid(), displayName: z.string() });

/** One reviewer's decisions on the current Beijing day. */
export const ReviewerDecisionCountSchema = z.object({
  reviewer: ReviewerRefSchema,
  approved: z.number().int(),
  rejected: z.number().int(),
});

export const ReviewDashboardSchema = z.object({
  queues: z.object({ initial: z.number().int(), second: z.number().int() }),
  overdue: z.number().int(),
  /**
   * The bureau stage: filings in the MIIT SMS check, returned after a failed check (the reviewers resubmit them), in
   * the bureau's review, and how many of the SMS checks and bureau reviews are past their expected time.
   */
  bureau: z.object({
    sms: z.number().int(),
    smsFailed: z.number().int(),
    review: z.number().int(),
    overdue: z.number().int(),
  }),
  /**
   * Decisions (approve and reject, every stage) since 00:00 Beijing time today: `day` is that date (YYYY-MM-DD),
   * `byReviewer` the reviewers who decided anything, most decisions first.
   */
  decisionsToday: z.object({
    day: z.string(),
    total: z.number().int(),
    byReviewer: z.array(ReviewerDecisionCountSchema),
  }),
  /** How far the holiday calendar the due times are counted on reaches (its years, and whether to warn). */
  calendar: CalendarCoverageSchema.pick({ currentYear: true, nextYear: true, coveredThrough: true, warn: true }),
});
export type ReviewDashboard = z.infer<typeof ReviewDashboardSchema>;

const natureFilter = z.enum(['PERSONAL', 'ENTERPRISE', 'GOVERNMENT', 'PUBLIC_INSTITUTION', 'SOCIAL_ORG', 'OTHER']);
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ReviewQueueQuerySchema = z.strictObject({
  stage: ReviewStageSchema.default('INITIAL'),
  province: trimmed(8).optional(),
  nature: natureFilter.optional(),
  type: z.enum(FILING_TYPES).optional(),
  /** true: only filings past their due time; false: only those still within it. */
  overdue: flag.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** The id of the last item of the previous page. */
  cursor: z.uuid().optional(),
});
export type ReviewQueueQuery = z.input<typeof ReviewQueueQuerySchema>;

export const ReviewQueueItemSchema = z.object({
  id: z.uuid(),
  orderNo: z.string(),
  /** Current version, to send back with a decision. */
  version: z.number().int(),
  province: z.string(),
  nature: z.string(),
  type: z.string(),
  status: z.string(),
  /** When the applicant (re)submitted: the waiting time starts here. */
  submittedAt: z.iso.datetime().nullable(),
  /** When the review is due (SLA); the time left is this minus now. */
  slaDueAt: z.iso.datetime().nullable(),
  overdue: z.boolean(),
  /** The reviewer holding a live lease, or null when the filing is free to claim. */
  claimedBy: ReviewerRefSchema.nullable(),
  claimExpiresAt: z.iso.datetime().nullable(),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItemSchema>;

export const ReviewQueueSchema = z.object({
  items: z.array(ReviewQueueItemSchema),
  nextCursor: z.uuid().nullable(),
  /** total and overdue under the filters other than `overdue`; byProvince under those other than `province`. */
  counts: z.object({
    total: z.number().int(),
    overdue: z.number().int(),
    byProvince: z.array(z.object({ province: z.string(), count: z.number().int() })),
  }),
});
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;

/**
 * Claims the most urgent unclaimed filing of a stage, within the filters the reviewer's queue view has (a reviewer
 * who works Jiangxi's filings claims Jiangxi's most urgent one). No filter: the most urgent of the whole stage.
 */
export const ClaimNextBodySchema = z.strictObject({
  stage: ReviewStageSchema,
  province: z
    .string()
    .trim()
    .regex(/^\d{2}$/, 'a province code such as 36')
    .optional(),
  nature: natureFilter.optional(),
  type: z.enum(FILING_TYPES).optional(),
  /** true: only filings already past their due time. */
  overdue: z.boolean().optional(),
});
export type ClaimNextBody = z.infer<typeof ClaimNextBodySchema>;

/** The claimed filing, or null when nothing is waiting unclaimed ("nothing to claim"). */
export const ClaimResultSchema = z.object({ filing: ReviewQueueItemSchema.nullable() });
export type ClaimResult = z.infer<typeof ClaimResultSchema>;

export const ReviewFilingParamsSchema = z.strictObject({ id: z.uuid({ message: 'Not a filing id' }) });

export const ReviewLeaseSchema = z.object({
  filingId: z.uuid(),
  claimedBy: ReviewerRefSchema,
  expiresAt: z.iso.datetime(),
});
export type ReviewLease = z.infer<typeof ReviewLeaseSchema>;

export const AssignBodySchema = z.strictObject({ reviewerId: z.uuid() });
export type AssignBody = z.infer<typeof AssignBodySchema>;

/** One structured rejection reason; the applicant's wizard highlights `field`. */
export const RejectionReasonSchema = z.object({
  /**
   * `subject.mailingAddress`, `websites.0.name`, or a material `materials.<KIND>[.<websiteFilingNo>]`; the second
   * review's reasons name the verification photo, `photo`.
   */
  field: nonEmpty(200).regex(
    /^(photo(\.[^.\s]+)*|(subject|websites|materials)(\.[^.\s]+)+)$/,
    'a field path such as subject.mailingAddress, or photo',
  ),
  code: nonEmpty(64),
  message: nonEmpty(500),
  suggestion: trimmed(500).optional(),
});
export type RejectionReason = z.infer<typeof RejectionReasonSchema>;

/** A rejection as the applicant reads it: when, and the reasons field by field. */
export const RejectionSchema = z.object({ at: z.iso.datetime(), reasons: z.array(RejectionReasonSchema) });
export type Rejection = z.infer<typeof RejectionSchema>;

export const ApproveBodySchema = z.strictObject({ version: VersionSchema });
export type ApproveBody = z.infer<typeof ApproveBodySchema>;

export const RejectBodySchema = z.strictObject({
  version: VersionSchema,
  reasons: z.array(RejectionReasonSchema.strict()).min(1, 'give at least one reason').max(50),
});
export type RejectBody = z.infer<typeof RejectBodySchema>;

/** The filing after a decision: its new status and version; the lease is released. */
export const ReviewDecisionSchema = z.object({
  id: z.uuid(),
  orderNo: z.string(),
  status: z.string(),
  version: z.number().int(),
});
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

const wording = z.object({ message: z.string(), suggestion: z.string() });
export const ReviewReasonCatalogueSchema = z.object({
  reasons: z.array(z.object({ code: z.string(), field: z.string(), zh: wording, en: wording })),
});
export type ReviewReasonCatalogue = z.infer<typeof ReviewReasonCatalogueSchema>;
