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
import { useFieldScope } from '../rejection/use-field-scope.tsx';
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
  const scope = useFieldScope();
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
          required
          autoComplete="off"
          {...form.register('originalPrincipalName')}
          {...scope(
            'subject.originalPrincipalName',
            errors.originalPrincipalName?.message ?? registryMismatch,
            t('filing.subject.originalPrincipalNameHint'),
          )}
        />
        <TextField
          label={t('filing.subject.certificateAddress')}
          required
          autoComplete="off"
          {...form.register('certificateAddress')}
          {...scope(
            'subject.certificateAddress',
            errors.certificateAddress?.message,
            t('filing.subject.certificateAddressHint'),
          )}
        />
        <TextField
          label={t('filing.subject.mailingAddress')}
          required
          autoComplete="street-address"
          {...form.register('mailingAddress')}
          {...scope('subject.mailingAddress', errors.mailingAddress?.message, t('filing.subject.mailingAddressHint'))}
        />
      </div>
    </Card>
  );
}

type PrincipalFieldsProps = { form: SubjectForm; savedCertNumber: string | null; sms: ReactNode };

export function PrincipalFields({ form, savedCertNumber, sms }: PrincipalFieldsProps) {
  const { t } = useTranslation();
  const errors = form.formState.errors.principal;
  const scope = useFieldScope();
  return (
    <Card title={t('filing.subject.principalCard')}>
      <div className="form form-grid">
        <TextField
          label={t('filing.principal.name')}
          required
          autoComplete="name"
          {...form.register('principal.name')}
          {...scope('subject.principal.name', errors?.name?.message, undefined)}
        />
        <SelectField
          label={t('filing.principal.certType')}
          required
          {...form.register('principal.certType')}
          {...scope('subject.principal.certType', errors?.certType?.message, undefined)}
        >
          {PERSON_CERT_TYPES.map((code) => (
            <option key={code} value={code}>
              {certTypeLabel(code)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('filing.principal.certNumber')}
          required={!savedCertNumber}
          autoComplete="off"
          spellCheck={false}
          {...form.register('principal.certNumber')}
          {...scope(
            'subject.principal.certNumber',
            errors?.certNumber?.message,
            savedCertNumber ? t('filing.principal.certNumberSaved', { masked: savedCertNumber }) : undefined,
          )}
        />
        <div className="form-grid__wide mobile-block">
          <TextField
            label={t('filing.principal.mobile')}
            type="tel"
            inputMode="tel"
            required
            autoComplete="tel"
            {...form.register('principal.mobile')}
            {...scope('subject.principal.mobile', errors?.mobile?.message, t('filing.principal.mobileHint'))}
          />
          {sms}
        </div>
        <TextField
          label={t('filing.principal.email')}
          type="email"
          required
          autoComplete="email"
          {...form.register('principal.email')}
          {...scope('subject.principal.email', errors?.email?.message, t('filing.principal.emailHint'))}
        />
        <TextField
          label={t('filing.principal.emergencyPhone')}
          type="tel"
          required
          autoComplete="off"
          {...form.register('principal.emergencyPhone')}
          {...scope(
            'subject.principal.emergencyPhone',
            errors?.emergencyPhone?.message,
            t('filing.principal.emergencyPhoneHint'),
          )}
        />
      </div>
    </Card>
  );
}
