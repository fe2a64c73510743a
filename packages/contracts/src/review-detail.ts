// What a reviewer sees of one filing: the applicant's detail (with the step-1 checks), the registry's subject and
// the domain's registration beside it, the materials with their content URLs, the province's sheet rules, and the
// history of FilingEvents.
import { z } from 'zod';
import { FilingDetailSchema } from './filings.ts';
import { MaterialSchema } from './materials.ts';
import { RejectionReasonSchema, ReviewerRefSchema } from './review.ts';

export const RegistrySubjectViewSchema = z.object({
  subjectFilingNo: z.string(),
  name: z.string(),
  nature: z.string(),
  certType: z.string(),
  certMasked: z.string(),
  principalName: z.string(),
  certificateAddress: z.string(),
  mailingAddress: z.string(),
  websites: z.array(
    z.object({
      websiteFilingNo: z.string(),
      name: z.string(),
      domains: z.array(z.string()),
      homepageUrl: z.string(),
      contentType: z.string(),
    }),
  ),
});

export const DomainRecordViewSchema = z.object({
  domain: z.string(),
  unicode: z.string(),
  registrar: z.string(),
  registrarApproved: z.boolean(),
  registeredAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  realNameVerified: z.boolean(),
  registrant: z.object({ name: z.string(), certType: z.string(), certMasked: z.string() }),
});

export const FilingEventViewSchema = z.object({
  event: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  actorRole: z.string(),
  actorId: z.uuid().nullable(),
  at: z.iso.datetime(),
  /** e.g. a rejection's `reasons`, a submission's agreement versions. */
  payload: z.record(z.string(), z.unknown()),
});

/**
 * A filing back in review after a rejection at the same stage: what the reviewer asked for last time and what the
 * applicant changed since, to be checked first.
 */
export const ResubmissionSchema = z.object({
  /** 2 for the first resubmission, 3 for the next, … */
  round: z.number().int().min(2),
  rejectedAt: z.iso.datetime(),
  previousReasons: z.array(RejectionReasonSchema),
  /**
   * Field paths (as reasons name them: `subject.mailingAddress`, `websites.0.name`) whose value differs from the
   * one rejected; null when the rejection predates the snapshot it is compared with, so it is not known.
   */
  changedFields: z.array(z.string()).nullable(),
  /** Ids of the materials uploaded after the rejection (new or replaced). */
  replacedMaterials: z.array(z.uuid()),
});
export type Resubmission = z.infer<typeof ResubmissionSchema>;

export const ReviewFilingDetailSchema = z.object({
  filing: FilingDetailSchema,
  claim: z.object({ claimedBy: ReviewerRefSchema, expiresAt: z.iso.datetime() }).nullable(),
  /** The MIIT registry's record of the subject, or null when it is not found there. */
  registry: RegistrySubjectViewSchema.nullable(),
  /** The domain's registration (WHOIS with real-name data), or null when it is not registered. */
  domainRecord: DomainRecordViewSchema.nullable(),
  materials: z.array(MaterialSchema.extend({ contentUrl: z.string() })),
  /** What the province requires on the verification sheet, e.g. SIGNATURE, FINGERPRINT, HANDWRITTEN_PLEDGE. */
  sheetRequirements: z.array(z.string()),
  history: z.array(FilingEventViewSchema),
  /** Null for a first round. */
  resubmission: ResubmissionSchema.nullable(),
});
export type ReviewFilingDetail = z.infer<typeof ReviewFilingDetailSchema>;
