// How far a filing has got: whether each wizard step is complete, and what the applicant should do next.
import { type NextAction, PrincipalInputSchema, SubjectInfoSchema } from '@beian/contracts';
import type { FilingState } from '@beian/domain';
import type { Filing } from '../../generated/prisma/client.ts';
import { readSubject, readWebsites, type StoredPerson, type StoredSubject, type StoredWebsite } from './filing-data.ts';

/** The person as PrincipalInputSchema reads it: empty fields left out, so the schema names them as missing. */
export function personInput(p: StoredPerson) {
  const present = (v: string | null) => v ?? undefined;
  return {
    name: present(p.name),
    certType: present(p.certType),
    mobile: present(p.mobile),
    email: present(p.email),
    emergencyPhone: present(p.emergencyPhone),
  };
}

/** A certificate number is saved, and it was valid for the certificate type now chosen. */
const certComplete = (p: StoredPerson) => p.certHash !== null && p.certValidFor === p.certType;

export const personComplete = (p: StoredPerson) =>
  certComplete(p) && PrincipalInputSchema.safeParse(personInput(p)).success;

/** The columns a filing's progress is worked out from. */
export type ProgressRow = Pick<
  Filing,
  'status' | 'passwordVerifiedAt' | 'mobileVerifiedAt' | 'subjectDraft' | 'websites'
>;

/** `s` is the row's subject draft, when the caller has read it already. */
export function subjectComplete(row: ProgressRow, s: StoredSubject = readSubject(row.subjectDraft)): boolean {
  if (row.passwordVerifiedAt === null || row.mobileVerifiedAt === null) return false;
  const info = SubjectInfoSchema.safeParse({
    originalPrincipalName: s.originalPrincipalName ?? undefined,
    certificateAddress: s.certificateAddress ?? undefined,
    mailingAddress: s.mailingAddress ?? undefined,
    principal: personInput(s.principal),
  });
  return info.success && certComplete(s.principal) && s.originalPrincipalMatches === true;
}

export function websiteComplete(entry: StoredWebsite): boolean {
  const { principal } = entry;
  const principalDone = principal !== null && (principal.sameAsSubject || personComplete(principal));
  const cloudDone =
    entry.cloudService !== null &&
    entry.cloudServiceChecks.length > 0 &&
    entry.cloudServiceChecks.every((c) => c.status !== 'fail');
  return entry.confirmed && cloudDone && principalDone;
}

/** `read` holds the row's subject draft and websites when the caller has parsed them already (the detail view). */
export function stepsOf(row: ProgressRow, read?: { subject: StoredSubject; websites: StoredWebsite[] }) {
  const websites = read?.websites ?? readWebsites(row.websites);
  return {
    // A filing exists only once its verify step passed.
    verify: true,
    subject: subjectComplete(row, read?.subject),
    websites: websites.length > 0 && websites.every(websiteComplete),
  };
}

const BY_STATUS: Partial<Record<FilingState, NextAction>> = {
  INITIAL_REVIEW: 'WAIT_FOR_REVIEW',
  SECOND_REVIEW: 'WAIT_FOR_REVIEW',
  // The provider's reviewer resubmits to the bureau after a failed SMS check.
  SMS_FAILED: 'WAIT_FOR_REVIEW',
  INITIAL_REJECTED: 'FIX_REJECTION',
  BUREAU_REJECTED: 'FIX_REJECTION',
  PHOTO_PENDING: 'TAKE_PHOTO',
  PHOTO_REJECTED: 'RETAKE_PHOTO',
  BUREAU_SMS: 'CONFIRM_MIIT_SMS',
  BUREAU_REVIEW: 'WAIT_FOR_BUREAU',
  COMPLETED: 'VIEW_FILED',
};

export type Steps = ReturnType<typeof stepsOf>;

/** What the applicant does next. Only a draft's depends on its steps: `steps` when the caller has worked them out
 * already, otherwise a draft's are worked out here (from the subject and websites columns), and no other's. */
export function nextAction(row: ProgressRow, steps?: Steps): NextAction {
  if (row.status !== 'DRAFT') return BY_STATUS[row.status] ?? 'NONE';
  const { subject, websites } = steps ?? stepsOf(row);
  if (!subject) return 'FILL_SUBJECT';
  if (!websites) return 'CONFIRM_WEBSITES';
  return 'UPLOAD_MATERIALS';
}
