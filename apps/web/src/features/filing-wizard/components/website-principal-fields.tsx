// A website's own principal (when not the subject principal): the same person fields as the subject step's.
import { PERSON_CERT_TYPES } from '@beian/domain';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import type { WebsitesFormValues } from '../steps/websites-form-values.ts';
import { certTypeLabel } from './labels.ts';

type Props = { form: UseFormReturn<WebsitesFormValues>; index: number; savedCertNumber: string | null };

export function WebsitePrincipalFields({ form, index, savedCertNumber }: Props) {
  const { t } = useTranslation();
  const errors = form.formState.errors.websites?.[index]?.principal;
  const name = (field: keyof WebsitesFormValues['websites'][number]['principal']) =>
    `websites.${index}.principal.${field}` as const;
  return (
    <div className="form-grid sub-form">
      <TextField
        label={t('filing.principal.name')}
        required
        autoComplete="off"
        error={errors?.name?.message}
        {...form.register(name('name'))}
      />
      <SelectField
        label={t('filing.principal.certType')}
        required
        error={errors?.certType?.message}
        {...form.register(name('certType'))}
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
        {...form.register(name('certNumber'))}
      />
      <TextField
        label={t('filing.principal.mobile')}
        type="tel"
        required
        autoComplete="off"
        error={errors?.mobile?.message}
        {...form.register(name('mobile'))}
      />
      <TextField
        label={t('filing.principal.email')}
        type="email"
        required
        autoComplete="off"
        error={errors?.email?.message}
        {...form.register(name('email'))}
      />
      <TextField
        label={t('filing.principal.emergencyPhone')}
        type="tel"
        required
        autoComplete="off"
        error={errors?.emergencyPhone?.message}
        {...form.register(name('emergencyPhone'))}
      />
    </div>
  );
}
