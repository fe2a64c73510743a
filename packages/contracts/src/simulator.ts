// The admin simulator page: what the simulated SMS gateway, MIIT bureau and courier have seen, and the bureau's
// decision an admin makes there. Mobiles and certificate numbers only ever appear masked.
import { z } from 'zod';
import { trimmed } from './common.ts';

export const SimulatorListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SimulatorListQuery = z.infer<typeof SimulatorListQuerySchema>;

export const SimSmsMessageSchema = z.object({
  id: z.string(),
  mobileMasked: z.string(),
  template: z.string(),
  purpose: z.string(),
  body: z.string(),
  sentAt: z.iso.datetime(),
});
export const SimSmsOutboxSchema = z.object({ messages: z.array(SimSmsMessageSchema) });
export type SimSmsOutbox = z.infer<typeof SimSmsOutboxSchema>;

/** The simulated phone of one filing's own numbers (masked), with the texts sent to them for it, newest first. */
export const SimulatedPhoneSchema = z.object({
  mobiles: z.array(z.string()),
  messages: z.array(SimSmsMessageSchema),
});
export type SimulatedPhone = z.infer<typeof SimulatedPhoneSchema>;

export const BUREAU_STATUSES = ['SMS_PENDING', 'SMS_EXPIRED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED'] as const;
export const BUREAU_DECISIONS = ['APPROVED', 'REJECTED'] as const;

export const BureauSubmissionSchema = z.object({
  id: z.string(),
  filingId: z.string(),
  orderNo: z.string(),
  provinceCode: z.string(),
  status: z.enum(BUREAU_STATUSES),
  subject: z.object({
    subjectFilingNo: z.string().nullable(),
    name: z.string(),
    nature: z.string(),
    certType: z.string(),
    certMasked: z.string(),
  }),
  websites: z.array(
    z.object({ websiteFilingNo: z.string().nullable(), name: z.string(), domains: z.array(z.string()) }),
  ),
  verifiers: z.array(
    z.object({
      role: z.enum(['SUBJECT_PRINCIPAL', 'WEBSITE_PRINCIPAL']),
      name: z.string(),
      mobileMasked: z.string(),
      wrongCodes: z.number().int(),
      confirmedAt: z.iso.datetime().nullable(),
    }),
  ),
  submittedAt: z.iso.datetime(),
  smsDeadline: z.iso.datetime(),
  smsConfirmedAt: z.iso.datetime().nullable(),
  /** When MIIT last texted the codes (the submission, or a resend). */
  codesSentAt: z.iso.datetime(),
  /** SMS_EXPIRED only: the 24 hours passed, or a verifier's sixth wrong try. */
  failure: z.enum(['DEADLINE', 'WRONG_CODES']).nullable(),
  /** Working days to the automatic decision; 0: `autoDecisionMinutes` minutes instead (a demo). */
  autoDecisionDays: z.number().int(),
  autoDecisionMinutes: z.number().int().nullable(),
  autoDecideAt: z.iso.datetime().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  decidedBy: z.string().nullable(),
  reason: z.string().nullable(),
});
export type BureauSubmissionView = z.infer<typeof BureauSubmissionSchema>;
export const BureauSubmissionListSchema = z.object({ submissions: z.array(BureauSubmissionSchema) });
export type BureauSubmissionList = z.infer<typeof BureauSubmissionListSchema>;

export const BureauSubmissionParamsSchema = z.strictObject({ id: z.uuid() });

export const BureauDecisionBodySchema = z
  .strictObject({ decision: z.enum(BUREAU_DECISIONS), reason: trimmed(500).optional() })
  .refine((body) => body.decision === 'APPROVED' || (body.reason ?? '') !== '', {
    path: ['reason'],
    message: 'Give the reason for the rejection',
  });
export type BureauDecisionBody = z.infer<typeof BureauDecisionBodySchema>;

export const SHIPMENT_STATUSES = ['CREATED', 'PICKED_UP', 'IN_TRANSIT', 'DELIVERED'] as const;

export const SimShipmentSchema = z.object({
  trackingNo: z.string(),
  ref: z.string(),
  recipient: z.string(),
  address: z.string(),
  mobileMasked: z.string(),
  status: z.enum(SHIPMENT_STATUSES),
  timeline: z.array(z.object({ status: z.enum(SHIPMENT_STATUSES), at: z.iso.datetime() })),
  createdAt: z.iso.datetime(),
});
export const SimShipmentListSchema = z.object({ shipments: z.array(SimShipmentSchema) });
export type SimShipmentList = z.infer<typeof SimShipmentListSchema>;
