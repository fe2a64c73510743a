// The subject step's form: the values as typed, how they come from and go to the server, and the rules that
// decide when the step is complete (the contract's SubjectInfoSchema plus the certificate checksum).
import { type FilingDetail, type SubjectDraft, SubjectInfoSchema } from '@beian/contracts';
import { checkCertificate } from '@beian/domain';
import { shanghaiToday } from '../../../lib/shanghai-today.ts';

export type SubjectFormValues = {
  originalPrincipalName: string;
  certificateAddress: string;
  mailingAddress: string;
  principal: {
    name: string;
    certType: string;
    /** Write-only: empty means "keep the number already saved". */
    certNumber: string;
    mobile: string;
    email: string;
    emergencyPhone: string;
  };
};

export const SUBJECT_FIELDS = [
  'originalPrincipalName',
  'certificateAddress',
  'mailingAddress',
  'principal.name',
  'principal.certType',
  'principal.certNumber',
  'principal.mobile',
  'principal.email',
  'principal.emergencyPhone',
] as const;

export function toSubjectForm(filing: FilingDetail): SubjectFormValues {
  const { subject } = filing;
  const p = subject.principal;
  return {
    originalPrincipalName: subject.originalPrincipalName ?? '',
    certificateAddress: subject.certificateAddress ?? '',
    mailingAddress: subject.mailingAddress ?? '',
    principal: {
      name: p.name ?? '',
      certType: p.certType ?? 'RESIDENT_ID',
      certNumber: '',
      mobile: p.mobile ?? '',
      email: p.email ?? '',
      emergencyPhone: p.emergencyPhone ?? '',
    },
  };
}

/** What autosave sends: everything as typed (half-typed values are kept), the certificate number only when retyped. */
export function toSubjectDraft(values: SubjectFormValues): SubjectDraft {
  const { certNumber, ...principal } = values.principal;
  const trimmed = Object.fromEntries(Object.entries(principal).map(([key, value]) => [key, value.trim()]));
  return {
    originalPrincipalName: values.originalPrincipalName.trim(),
    certificateAddress: values.certificateAddress.trim(),
    mailingAddress: values.mailingAddress.trim(),
    principal: certNumber.trim() ? { ...trimmed, certNumber: certNumber.trim() } : trimmed,
  };
}

/** The step's rules; a certificate number is required only when none is saved yet. */
export function subjectFormSchema(hasSavedCertNumber: boolean) {
  return SubjectInfoSchema.superRefine((values, ctx) => {
    const { certType, certNumber = '' } = values.principal;
    const path = ['principal', 'certNumber'];
    if (certNumber === '') {
      if (!hasSavedCertNumber) ctx.addIssue({ code: 'custom', path, message: 'filing.principal.certNumberRequired' });
      return;
    }
    const check = checkCertificate(certType, certNumber, { today: shanghaiToday() });
    if (check.status === 'fail') {
      ctx.addIssue({ code: 'custom', path, message: 'Invalid certificate number', params: { reason: check.reason } });
    }
  });
}
