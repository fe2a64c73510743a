// The bureau stage (管局): the filing's submission to the bureau through MIIT, the MIIT SMS check its verifiers
// confirm on MIIT's own page, the bureau's decision, the progress timeline and the filed view of a completed filing.
import { PROGRESS_PARTIES, PROGRESS_STAGE_KEYS, PROGRESS_STAGE_STATES } from '@beian/domain';
import { z } from 'zod';
import { nonEmpty } from './common.ts';
import { VersionSchema } from './filing-common.ts';
import { NextActionSchema } from './filings.ts';

// ---- the submission and its SMS check, as the applicant sees it ----------------------------------------------

/** One round of submission to the bureau (a reviewer's resubmission after a failed check starts the next round). */
export const BUREAU_ROUND_STATUSES = [
  /** Approved by the second review; the console is handing it to MIIT (seconds). */
  'PENDING',
  /** MIIT texted the verifiers: the SMS check runs until `smsDeadline`. */
  'SUBMITTED',
  /** Every verifier confirmed: the bureau reviews until `bureauDueAt`. */
  'SMS_CONFIRMED',
  'SMS_FAILED',
  'APPROVED',
  'REJECTED',
] as const;
export const BureauRoundStatusSchema = z.enum(BUREAU_ROUND_STATUSES);
export type BureauRoundStatus = z.infer<typeof BureauRoundStatusSchema>;

/** Why an SMS check failed: 24 hours passed without every verifier, or a verifier's sixth wrong try. */
export const BureauSmsFailureSchema = z.enum(['DEADLINE', 'WRONG_CODES']);
export type BureauSmsFailure = z.infer<typeof BureauSmsFailureSchema>;

export const BureauVerifierViewSchema = z.object({
  role: z.enum(['SUBJECT_PRINCIPAL', 'WEBSITE_PRINCIPAL']),
  /** 赵* : enough for the applicant to tell the verifiers apart. */
  nameMasked: z.string(),
  mobileMasked: z.string(),
  confirmedAt: z.iso.datetime().nullable(),
  /** Wrong tries this verifier has left (5 at the start; the sixth wrong one fails the check). */
  triesLeft: z.number().int(),
});
export type BureauVerifierView = z.infer<typeof BureauVerifierViewSchema>;

export const BureauCheckSchema = z.object({
  round: z.number().int().positive(),
  status: BureauRoundStatusSchema,
  submittedAt: z.iso.datetime().nullable(),
  /** The end of the 24-hour SMS check (ISO 8601 instant; shown in Beijing time). */
  smsDeadline: z.iso.datetime().nullable(),
  smsConfirmedAt: z.iso.datetime().nullable(),
  /** The end of the bureau's review (working days by province) once the check is complete. */
  bureauDueAt: z.iso.datetime().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  failure: BureauSmsFailureSchema.nullable(),
  /** REJECTED: the bureau's reason text, as the bureau wrote it. */
  bureauReason: z.string().nullable(),
  /** Empty until MIIT has the submission; one entry per mobile texted. */
  verifiers: z.array(BureauVerifierViewSchema),
  /** SUBMITTED: when the codes may be texted again (MIIT resends at most once a minute); null otherwise. */
  resendAvailableAt: z.iso.datetime().nullable(),
});
export type BureauCheck = z.infer<typeof BureauCheckSchema>;

/** GET /api/filings/:id/bureau: the current round, or null before the second review approved. */
export const BureauCheckResponseSchema = z.object({ check: BureauCheckSchema.nullable() });
export type BureauCheckResponse = z.infer<typeof BureauCheckResponseSchema>;

// ---- the simulated MIIT verification page (public, only while the MIIT simulator runs) -------------------------

export const MiitSmsCheckBodySchema = z.strictObject({
  mobile: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, 'Enter the 11-digit mobile number the code was texted to'),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code from the text'),
  /** The last 6 characters of the verifier's certificate number (an X at the end of an ID number counts). */
  certEnding: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{6}$/, 'Enter the last 6 characters of your certificate number'),
});
export type MiitSmsCheckBody = z.infer<typeof MiitSmsCheckBodySchema>;

export const MIIT_SMS_CHECK_OUTCOMES = [
  'CONFIRMED',
  'ALREADY_CONFIRMED',
  'WRONG_CODE',
  'EXPIRED',
  'NOT_A_VERIFIER',
] as const;
export const MiitSmsCheckResultSchema = z.object({
  outcome: z.enum(MIIT_SMS_CHECK_OUTCOMES),
  /** The order the check belongs to (not for NOT_A_VERIFIER). */
  orderNo: z.string().nullable(),
  /** WRONG_CODE: tries left before the check fails. */
  triesLeft: z.number().int().nullable(),
  /** Every verifier of the submission has confirmed (the bureau now reviews). */
  allConfirmed: z.boolean(),
});
export type MiitSmsCheckResult = z.infer<typeof MiitSmsCheckResultSchema>;

// ---- the reviewer's returned filings (failed SMS checks) and the resubmission ----------------------------------

export const ResubmitToBureauBodySchema = z.strictObject({
  version: VersionSchema,
  /** Why the filing goes to the bureau again (e.g. 已电话联系负责人，确认今日完成短信核验), kept on the event. */
  reason: nonEmpty(500),
});
export type ResubmitToBureauBody = z.infer<typeof ResubmitToBureauBodySchema>;

export const ReturnedFilingSchema = z.object({
  id: z.uuid(),
  orderNo: z.string(),
  version: z.number().int(),
  province: z.string(),
  subjectName: z.string().nullable(),
  domain: z.string(),
  /** The round whose SMS check failed, why, and when. */
  round: z.number().int(),
  failure: BureauSmsFailureSchema.nullable(),
  failedAt: z.iso.datetime(),
});
export type ReturnedFiling = z.infer<typeof ReturnedFilingSchema>;
/** GET /api/review/returned: filings whose SMS check failed, oldest failure first. */
export const ReturnedFilingListSchema = z.object({ filings: z.array(ReturnedFilingSchema) });
export type ReturnedFilingList = z.infer<typeof ReturnedFilingListSchema>;

// ---- the progress timeline ---------------------------------------------------------------------------------------

/** The timeline's stages and parties are the domain's (packages/domain/src/progress), which computes them. */
export const ProgressStageKeySchema = z.enum(PROGRESS_STAGE_KEYS);

/** Who acts in a stage: the applicant, the provider's reviewers, the verifiers (principals), or the bureau. */
export const ProgressPartySchema = z.enum(PROGRESS_PARTIES);

export const ProgressStageSchema = z.object({
  key: ProgressStageKeySchema,
  party: ProgressPartySchema,
  /** DONE; CURRENT (being worked now); RETURNED (current, but sent back: a rejection or a failed check); UPCOMING. */
  state: z.enum(PROGRESS_STAGE_STATES),
  /** When the stage last began and ended (null while not begun / not over). */
  startedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
  /** CURRENT stages with a rule: when it should be over (reviews 1 working day, SMS 24 h, bureau 20/30 working days). */
  expectedBy: z.iso.datetime().nullable(),
  /** The expected time has passed and the stage is still running. */
  overdue: z.boolean(),
  /** How many times the stage was sent back (rejections, failed checks) so far. */
  returns: z.number().int(),
});
export type ProgressStage = z.infer<typeof ProgressStageSchema>;

export const FilingProgressSchema = z.object({
  stages: z.array(ProgressStageSchema),
  /** What the applicant must do now (the same next action my filings shows). */
  nextAction: NextActionSchema,
  /** The bureau's review time in working days, by the province rules of the version the filing was created under. */
  bureauReviewWorkingDays: z.number().int().min(1),
});
export type FilingProgress = z.infer<typeof FilingProgressSchema>;

// ---- the filed view (备案完成) --------------------------------------------------------------------------------------

export const FiledWebsiteSchema = z.object({
  websiteFilingNo: z.string(),
  name: z.string(),
  domains: z.array(z.string()),
  homepageUrl: z.string(),
  /** As the MIIT registry lists them now; this provider among them. */
  accessProviders: z.array(z.string()),
  accessedHere: z.boolean(),
});
export const FiledViewSchema = z.object({
  completedAt: z.iso.datetime(),
  subject: z.object({ subjectFilingNo: z.string(), name: z.string(), principalName: z.string() }),
  websites: z.array(FiledWebsiteSchema),
  /** This provider's name as the registry lists it. */
  provider: z.string(),
});
export type FiledView = z.infer<typeof FiledViewSchema>;
