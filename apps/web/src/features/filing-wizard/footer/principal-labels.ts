// The words for a principal's fields, as the subject and the websites steps name them in the footer's list.
import type { TFunction } from 'i18next';

const PRINCIPAL_LABELS = {
  name: (t: TFunction) => t('filing.principal.name'),
  certType: (t: TFunction) => t('filing.principal.certType'),
  certNumber: (t: TFunction) => t('filing.principal.certNumber'),
  mobile: (t: TFunction) => t('filing.principal.mobile'),
  email: (t: TFunction) => t('filing.principal.email'),
  emergencyPhone: (t: TFunction) => t('filing.principal.emergencyPhone'),
} as const;

/** The label of a principal's field (`mobile`, …), or null for a name that is no principal field. */
export function principalFieldLabel(t: TFunction, field: string | undefined): string | null {
  const label =
    field && Object.hasOwn(PRINCIPAL_LABELS, field) ? PRINCIPAL_LABELS[field as keyof typeof PRINCIPAL_LABELS] : null;
  return label ? label(t) : null;
}
