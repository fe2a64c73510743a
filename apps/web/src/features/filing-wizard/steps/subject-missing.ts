// What the subject step still needs, for its footer: the filing password, each field the step's rules refuse, the
// original principal the registry does not know, and the mobile's SMS code.
import type { FilingDetail } from '@beian/contracts';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { PASSWORD_FIELD } from '../components/password-check.tsx';
import { SMS_CODE_FIELD } from '../components/sms-verification.tsx';
import { fieldIssues, issuesOf } from '../footer/field-issues.ts';
import type { MissingField } from '../footer/missing-field.ts';
import { principalFieldLabel } from '../footer/principal-labels.ts';
import type { SubjectFormValues } from './subject-form-values.ts';

const LABELS: Partial<Record<string, (t: TFunction) => string>> = {
  originalPrincipalName: (t) => t('filing.subject.originalPrincipalName'),
  certificateAddress: (t) => t('filing.subject.certificateAddress'),
  mailingAddress: (t) => t('filing.subject.mailingAddress'),
};

const valueAt = (values: SubjectFormValues, path: string): string => {
  const found = path
    .split('.')
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], values);
  return typeof found === 'string' ? found : '';
};

export function subjectMissing(
  t: TFunction,
  subject: FilingDetail['subject'],
  values: SubjectFormValues,
  checked: z.ZodSafeParseResult<unknown>,
): MissingField[] {
  const missing: MissingField[] = [];
  if (!subject.passwordVerified)
    missing.push({ key: 'password', label: t('filing.subject.missing.password'), field: PASSWORD_FIELD });
  missing.push(
    ...fieldIssues(t, issuesOf(checked), (path) => {
      const [head, field] = path.split('.');
      const label = head === 'principal' ? principalFieldLabel(t, field) : (LABELS[path]?.(t) ?? null);
      return label ? { label, empty: valueAt(values, path).trim() === '' } : null;
    }),
  );
  if (subject.originalPrincipalMatches === false && !missing.some((m) => m.field === 'originalPrincipalName')) {
    missing.push({
      key: 'originalPrincipal',
      label: t('filing.subject.missing.originalPrincipal'),
      field: 'originalPrincipalName',
    });
  }
  if (!subject.mobileVerified)
    missing.push({ key: 'mobile', label: t('filing.subject.missing.mobile'), field: SMS_CODE_FIELD });
  return missing;
}
