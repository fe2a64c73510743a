// Rows of the bureau simulator's tables as the bureau port shapes them (mobiles masked on the way out).
import { FILING_TYPES, SUBJECT_NATURES } from '@beian/domain';
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.ts';
import { maskMobile } from '../../lib/mask-mobile.ts';
import type { BureauFilingSnapshot, BureauSubmission, BureauVerifierRole } from './miit-bureau.port.ts';

export const submissionInclude = { verifiers: { orderBy: { role: 'asc' } } } as const;
type SubmissionRow = Prisma.SimBureauSubmissionGetPayload<{ include: typeof submissionInclude }>;

const StoredSnapshotSchema = z.object({
  filingType: z.enum(FILING_TYPES),
  subject: z.object({
    subjectFilingNo: z.string().nullable(),
    name: z.string(),
    nature: z.enum(SUBJECT_NATURES),
    certType: z.string(),
    certMasked: z.string(),
  }),
  websites: z.array(
    z.object({ websiteFilingNo: z.string().nullable(), name: z.string(), domains: z.array(z.string()) }),
  ),
});

/** What the submission row keeps of the snapshot: everything but the verifiers, who get rows of their own. */
export const storedSnapshot = (s: BureauFilingSnapshot): Prisma.InputJsonObject =>
  StoredSnapshotSchema.parse({ filingType: s.filingType, subject: s.subject, websites: s.websites });

const verifierRole = (role: string): BureauVerifierRole =>
  role === 'SUBJECT_PRINCIPAL' ? 'SUBJECT_PRINCIPAL' : 'WEBSITE_PRINCIPAL';

export function toBureauSubmission(row: SubmissionRow): BureauSubmission {
  const snapshot = StoredSnapshotSchema.parse(row.snapshot);
  return {
    id: row.id,
    filingId: row.filingId,
    orderNo: row.orderNo,
    provinceCode: row.provinceCode,
    status: row.status,
    subject: snapshot.subject,
    websites: snapshot.websites,
    verifiers: row.verifiers.map((v) => ({
      role: verifierRole(v.role),
      name: v.name,
      mobileMasked: maskMobile(v.mobile),
      wrongCodes: v.wrongCodes,
      confirmedAt: v.confirmedAt,
    })),
    submittedAt: row.submittedAt,
    smsDeadline: row.smsDeadline,
    smsConfirmedAt: row.smsConfirmedAt,
    codesSentAt: row.codesSentAt,
    failure: row.failure === 'DEADLINE' || row.failure === 'WRONG_CODES' ? row.failure : null,
    autoDecisionDays: row.autoDecisionDays,
    autoDecisionMinutes: row.autoDecisionMinutes,
    autoDecideAt: row.autoDecideAt,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy,
    reason: row.reason,
  };
}
