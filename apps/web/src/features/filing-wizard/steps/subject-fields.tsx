// The subject step's two cards of fields: the filed subject (password, previous principal, addresses) and the
// new subject principal (with the SMS check beside the mobile).
import type { FilingDetail } from '@beian/contracts';
import { PERSON_CERT_TYPES } from '@beian/domain';
import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../components/ui/card.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { certTypeLabel } from '../components/labels.ts';
import type { SubjectFormValues } from './subject-form-values.ts';

type SubjectForm = UseFormReturn<SubjectFormValues, unknown, unknown>;

export function RegistryFields({
  form,
  filing,
  password,
}: {
  form: SubjectForm;
  filing: FilingDetail;
  password: ReactNode;
}) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  // The server checks the saved name against the registry; its verdict holds only while the field is unchanged.
  const typedName = form.watch('originalPrincipalName');
  const registryMismatch =
    filing.subject.originalPrincipalMatches === false && typedName === (filing.subject.originalPrincipalName ?? '')
      ? t('filing.subject.originalPrincipalMismatch')
      : undefined;
  return (
    <Card title={t('filing.subject.registryCard')}>
      <div className="form">
        <dl className="facts">
          <div className="facts__row">
            <dt>{t('filing.subject.subjectFilingNo')}</dt>
            <dd>{filing.subjectFilingNo ?? '—'}</dd>
          </div>
        </dl>
        {password}
        <TextField
          label={t('filing.subject.originalPrincipalName')}
          hint={t('filing.subject.originalPrincipalNameHint')}
          required
          autoComplete="off"
          error={errors.originalPrincipalName?.message ?? registryMismatch}
          {...form.register('originalPrincipalName')}
        />
        <TextField
          label={t('filing.subject.certificateAddress')}
          hint={t('filing.subject.certificateAddressHint')}
          required
          autoComplete="off"
          error={errors.certificateAddress?.message}
          {...form.register('certificateAddress')}
        />
        <TextField
          label={t('filing.subject.mailingAddress')}
          hint={t('filing.subject.mailingAddressHint')}
          required
          autoComplete="street-address"
          error={errors.mailingAddress?.message}
          {...form.register('mailingAddress')}
        />
      </div>
    </Card>
  );
}

type PrincipalFieldsProps = { form: SubjectForm; savedCertNumber: string | null; sms: ReactNode };

export function PrincipalFields({ form, savedCertNumber, sms }: PrincipalFieldsProps) {
  const { t } = useTranslation();
  const errors = form.formState.errors.principal;
  return (
    <Card title={t('filing.subject.principalCard')}>
      <div className="form form-grid">
        <TextField
          label={t('filing.principal.name')}
          required
          autoComplete="name"
          error={errors?.name?.message}
          {...form.register('principal.name')}
        />
        <SelectField
          label={t('filing.principal.certType')}
          required
          error={errors?.certType?.message}
          {...form.register('principal.certType')}
        >
          {PERSON_CERT_TYPES.map((code) => (
            <option key={code} value={code}>
              {certTypeLabel(code)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('filing.principal.certNumber')}
          hint={savedCertNumber ? t('filing.principal.certNumberSaved', { masked: savedCertNumber }) : undefined}
          required={!savedCertNumber}
          autoComplete="off"
          spellCheck={false}
          error={errors?.certNumber?.message}
          {...form.register('principal.certNumber')}
        />
        <div className="form-grid__wide mobile-block">
          <TextField
            label={t('filing.principal.mobile')}
            hint={t('filing.principal.mobileHint')}
            type="tel"
            inputMode="tel"
            required
            autoComplete="tel"
            error={errors?.mobile?.message}
            {...form.register('principal.mobile')}
          />
          {sms}
        </div>
        <TextField
          label={t('filing.principal.email')}
          hint={t('filing.principal.emailHint')}
          type="email"
          required
          autoComplete="email"
          error={errors?.email?.message}
          {...form.register('principal.email')}
        />
        <TextField
          label={t('filing.principal.emergencyPhone')}
          hint={t('filing.principal.emergencyPhoneHint')}
          type="tel"
          required
          autoComplete="off"
          error={errors?.emergencyPhone?.message}
          {...form.register('principal.emergencyPhone')}
        />
      </div>
    </Card>
  );
}
