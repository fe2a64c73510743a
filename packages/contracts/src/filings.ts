// The filing wizard's first steps: verify (step 1), subject (2.1), websites (2.2), and the filing views.
import { FILING_STATES, FILING_TYPES } from '@beian/domain';
import { z } from 'zod';
import { CheckSchema } from './checks.ts';
import { nonEmpty, nonEmptyLine, trimmedLine, verbatim } from './common.ts';
import {
  CertTypeSchema,
  CloudServiceRefSchema,
  PrincipalDraftSchema,
  PrincipalInputSchema,
  PrincipalViewSchema,
  ProvinceCodeSchema,
  SubjectNatureSchema,
  VersionSchema,
} from './filing-common.ts';
import { RejectionReasonSchema, RejectionSchema, ReviewStageSchema } from './review.ts';

export const FilingStatusSchema = z.enum(FILING_STATES);
export const FilingTypeSchema = z.enum(FILING_TYPES);

/** What the applicant should do next, for the "my filings" list and the wizard's entry point. */
export const NEXT_ACTIONS = [
  'FILL_SUBJECT',
  'CONFIRM_WEBSITES',
  'UPLOAD_MATERIALS',
  'WAIT_FOR_REVIEW',
  'FIX_REJECTION',
  'TAKE_PHOTO',
  /** The second review refused the photo: a retake by any method still open to the filing. */
  'RETAKE_PHOTO',
  'CONFIRM_MIIT_SMS',
  'WAIT_FOR_BUREAU',
  /** 备案完成: the filed view (filing numbers, access providers). */
  'VIEW_FILED',
  'NONE',
] as const;
export const NextActionSchema = z.enum(NEXT_ACTIONS);
export type NextAction = z.infer<typeof NextActionSchema>;

// ---- step 1: verify ---------------------------------------------------------------------------------------------

export const VerifyBodySchema = z.strictObject({
  province: ProvinceCodeSchema,
  nature: SubjectNatureSchema,
  certType: CertTypeSchema,
  /** Checked by the verify step itself (CERTIFICATE check), so that the result lists it with the others. */
  certNumber: nonEmpty(40),
  /** As typed: URL, IDN and www. are accepted and normalised by the DOMAIN_NAME check. */
  domain: nonEmpty(253),
  cloudService: CloudServiceRefSchema,
});
export type VerifyBody = z.infer<typeof VerifyBodySchema>;

export const FilingSummarySchema = z.object({
  id: z.uuid(),
  orderNo: z.string(),
  type: FilingTypeSchema,
  status: FilingStatusSchema,
  version: z.number().int(),
  province: z.string(),
  /** The domain verified in step 1, for display (Unicode for IDNs). */
  domain: z.string(),
  subjectFilingNo: z.string().nullable(),
  nextAction: NextActionSchema,
  /** When the applicant last submitted (or resubmitted) for review; null before. */
  submittedAt: z.iso.datetime().nullable(),
  /** The end of the current review stage's SLA (working days on the mainland calendar), while a review is pending. */
  reviewDueAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type FilingSummary = z.infer<typeof FilingSummarySchema>;

export const VerifyResponseSchema = z.object({
  /** The worst status among the checks: a filing is created unless it is fail. */
  outcome: z.enum(['pass', 'warn', 'fail']),
  detectedType: FilingTypeSchema.nullable(),
  subjectFilingNo: z.string().nullable(),
  checks: z.array(CheckSchema),
  filing: FilingSummarySchema.nullable(),
});
export type VerifyResponse = z.infer<typeof VerifyResponseSchema>;

export const FilingListSchema = z.object({ filings: z.array(FilingSummarySchema) });
export type FilingList = z.infer<typeof FilingListSchema>;

// ---- step 2.1: subject ------------------------------------------------------------------------------------------

/** The subject step as a whole: required before the step counts as done. */
export const SubjectInfoSchema = z.object({
  originalPrincipalName: nonEmptyLine(50),
  certificateAddress: nonEmptyLine(200),
  mailingAddress: nonEmptyLine(200),
  principal: PrincipalInputSchema,
});
export type SubjectInfo = z.infer<typeof SubjectInfoSchema>;

/** Autosave: any part of the step, only bounded, so half-typed values are kept rather than refused. */
export const SubjectDraftSchema = z.strictObject({
  originalPrincipalName: trimmedLine(50).optional(),
  certificateAddress: trimmedLine(200).optional(),
  mailingAddress: trimmedLine(200).optional(),
  principal: PrincipalDraftSchema.optional(),
});
export type SubjectDraft = z.infer<typeof SubjectDraftSchema>;

export const UpdateSubjectBodySchema = z.strictObject({ version: VersionSchema, subject: SubjectDraftSchema });

export const FilingPasswordBodySchema = z.strictObject({ password: verbatim(1, 64) });
export const SmsCodeBodySchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { message: 'The code is 6 digits' }),
});
export const SmsCodeSentSchema = z.object({
  sentTo: z.string(),
  resendAfterSeconds: z.number().int(),
  expiresInSeconds: z.number().int(),
  /** The SMS gateway is simulated: the texts to this filing's numbers are at GET /api/filings/:id/simulated-phone. */
  simulatedPhone: z.boolean().default(false),
});

export const SubjectViewSchema = z.object({
  originalPrincipalName: z.string().nullable(),
  /** Whether the original principal's name is the one the MIIT registry holds; null until one is typed. */
  originalPrincipalMatches: z.boolean().nullable(),
  certificateAddress: z.string().nullable(),
  mailingAddress: z.string().nullable(),
  principal: PrincipalViewSchema,
  passwordVerified: z.boolean(),
  /** Until when wrong filing passwords have locked this subject, or null. */
  lockedUntil: z.iso.datetime().nullable(),
  passwordTriesLeft: z.number().int(),
  mobileVerified: z.boolean(),
  complete: z.boolean(),
});

// ---- step 2.2: websites -----------------------------------------------------------------------------------------

export const RegistryWebsiteSchema = z.object({
  websiteFilingNo: z.string(),
  name: z.string(),
  domains: z.array(z.string()),
  homepageUrl: z.string().nullable(),
  accessProviders: z.array(z.string()),
});
export const DetectedWebsitesSchema = z.object({ websites: z.array(RegistryWebsiteSchema) });

/** The subject's principal, or a person of its own saved as typed so far (complete once PrincipalInputSchema passes). */
export const WebsitePrincipalInputSchema = z.discriminatedUnion('sameAsSubject', [
  z.strictObject({ sameAsSubject: z.literal(true) }),
  PrincipalDraftSchema.extend({ sameAsSubject: z.literal(false) }),
]);

export const WebsiteEntryInputSchema = z.strictObject({
  websiteFilingNo: nonEmpty(40),
  confirmed: z.boolean(),
  cloudService: CloudServiceRefSchema.nullable(),
  principal: WebsitePrincipalInputSchema.nullable(),
});
export const UpdateWebsitesBodySchema = z.strictObject({
  version: VersionSchema,
  websites: z.array(WebsiteEntryInputSchema).max(50),
});
export type UpdateWebsitesBody = z.infer<typeof UpdateWebsitesBodySchema>;

export const WebsiteEntryViewSchema = RegistryWebsiteSchema.extend({
  confirmed: z.boolean(),
  cloudService: CloudServiceRefSchema.nullable(),
  /** Why the chosen cloud service cannot host this website, or empty. */
  cloudServiceChecks: z.array(CheckSchema),
  principal: z
    .union([
      z.object({ sameAsSubject: z.literal(true) }),
      PrincipalViewSchema.extend({ sameAsSubject: z.literal(false) }),
    ])
    .nullable(),
  complete: z.boolean(),
});

// ---- the whole filing -------------------------------------------------------------------------------------------

export const FilingDetailSchema = FilingSummarySchema.extend({
  verify: z.object({
    nature: SubjectNatureSchema,
    certType: z.string(),
    certNumberMasked: z.string(),
    domain: z.string(),
    domainAscii: z.string(),
    cloudService: CloudServiceRefSchema,
    checks: z.array(CheckSchema),
  }),
  subject: SubjectViewSchema,
  websites: z.array(WebsiteEntryViewSchema),
  steps: z.object({ verify: z.boolean(), subject: z.boolean(), websites: z.boolean() }),
  /**
   * While INITIAL_REJECTED: the rejection's reasons, each on a field the wizard highlights; only those fields (and
   * any material) can change before resubmitting. Null otherwise. Optional for older servers.
   */
  rejection: RejectionSchema.nullable().optional(),
});
export type FilingDetail = z.infer<typeof FilingDetailSchema>;

/** Takes a filing in initial review back to DRAFT, only while no reviewer has claimed it. */
export const WithdrawBodySchema = z.strictObject({ version: VersionSchema });
export type WithdrawBody = z.infer<typeof WithdrawBodySchema>;

export const AbandonBodySchema = z.strictObject({ version: VersionSchema });

// ---- history: the review rounds and every status change, as the applicant reads them ---------------------------

/** One submission to a review stage and how it ended. */
export const ReviewRoundSchema = z.object({
  stage: ReviewStageSchema,
  /** 1 for the first submission to this stage, 2 after the first resubmission, … */
  round: z.number().int().min(1),
  submittedAt: z.iso.datetime(),
  /** PENDING while the review runs; WITHDRAWN when the applicant took the filing back before a reviewer claimed it. */
  outcome: z.enum(['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN']),
  decidedAt: z.iso.datetime().nullable(),
  /** A rejection's reasons field by field; empty otherwise. */
  reasons: z.array(RejectionReasonSchema),
});
export type ReviewRound = z.infer<typeof ReviewRoundSchema>;

/** A status change without who made it: the applicant sees "the provider", never a reviewer's name. */
export const FilingTimelineEntrySchema = z.object({
  event: z.string(),
  fromStatus: FilingStatusSchema.nullable(),
  toStatus: FilingStatusSchema,
  actor: z.enum(['APPLICANT', 'PROVIDER', 'BUREAU', 'SYSTEM']),
  at: z.iso.datetime(),
});
export type FilingTimelineEntry = z.infer<typeof FilingTimelineEntrySchema>;

export const FilingHistorySchema = z.object({
  /** Oldest first. */
  rounds: z.array(ReviewRoundSchema),
  /** Oldest first. */
  events: z.array(FilingTimelineEntrySchema),
});
export type FilingHistory = z.infer<typeof FilingHistorySchema>;
