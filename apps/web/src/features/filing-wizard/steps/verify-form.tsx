// Step 1's form: subject (province, nature, certificate) and website (domain, cloud service), checked as typed.
import type { VerifyBody } from '@beian/contracts';
import { PROVINCES, SUBJECT_NATURES } from '@beian/domain';
import { useEffect } from 'react';
import { Controller, type UseFormReturn, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { HeldButton, HeldFieldset } from '../../../components/ui/held-until-hydrated.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { CloudServicePicker } from '../components/cloud-service-picker.tsx';
import { certTypeLabel, natureLabel, provinceLabel } from '../components/labels.ts';
import { storeVerifyDraft } from './verify-draft.ts';
import { CertNumberNote, DomainPreview } from './verify-field-notes.tsx';
import { certTypesFor, VerifyFormSchema, type VerifyFormValues } from './verify-schema.ts';

export type VerifyForm = UseFormReturn<VerifyFormValues, unknown, VerifyBody>;

export function useVerifyForm(initial: VerifyFormValues): VerifyForm {
  const form = useForm<VerifyFormValues, unknown, VerifyBody>({
    resolver: zodFormResolver(VerifyFormSchema),
    mode: 'onTouched',
    defaultValues: initial,
  });
  useRetranslateErrors(form);
  return form;
}

export function VerifyFormFields({
  form,
  busy,
  onSubmit,
}: {
  form: VerifyForm;
  busy: boolean;
  onSubmit: (body: VerifyBody) => void;
}) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  const values = useWatch({ control: form.control }) as VerifyFormValues;
  const certTypes = certTypesFor(values.nature);

  useEffect(() => storeVerifyDraft(values), [values]);

  // A nature offers its own certificate types: keep the choice while it fits, otherwise take the usual one (the
  // first listed: the resident ID for individuals, the business licence for enterprises).
  useEffect(() => {
    const current = form.getValues('certType');
    if (current && certTypes.includes(current)) return;
    form.setValue('certType', certTypes[0] ?? '');
  }, [certTypes, form]);

  return (
    // Prerendered for a direct visit (docs/decisions/059): the controls are held until the app runs, so nothing typed
    // is lost and the button cannot send the form natively (with the certificate number in the address).
    <form className="form wizard-form" noValidate onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
      <HeldFieldset className="form-section">
        <legend className="form-section__title">{t('filing.verify.subjectSection')}</legend>
        <div className="form-grid">
          <SelectField
            label={t('filing.verify.province')}
            hint={t('filing.verify.provinceHint')}
            required
            error={errors.province?.message}
            {...form.register('province')}
          >
            <option value="">{t('filing.verify.choose')}</option>
            {PROVINCES.map((province) => (
              <option key={province.code} value={province.code}>
                {provinceLabel(province.code)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('filing.verify.nature')}
            hint={t('filing.verify.natureHint')}
            required
            error={errors.nature?.message}
            {...form.register('nature')}
          >
            <option value="">{t('filing.verify.choose')}</option>
            {SUBJECT_NATURES.map((nature) => (
              <option key={nature} value={nature}>
                {natureLabel(nature)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('filing.verify.certType')}
            hint={t('filing.verify.certTypeHint')}
            required
            error={errors.certType?.message}
            {...form.register('certType')}
          >
            <option value="">{t('filing.verify.choose')}</option>
            {certTypes.map((code) => (
              <option key={code} value={code}>
                {certTypeLabel(code)}
              </option>
            ))}
          </SelectField>
          <div>
            <TextField
              label={t('filing.verify.certNumber')}
              hint={t('filing.verify.certNumberHint')}
              autoComplete="off"
              spellCheck={false}
              required
              error={errors.certNumber?.message}
              {...form.register('certNumber')}
            />
            {errors.certNumber ? null : <CertNumberNote certType={values.certType} certNumber={values.certNumber} />}
          </div>
        </div>
      </HeldFieldset>
      <HeldFieldset className="form-section">
        <legend className="form-section__title">{t('filing.verify.websiteSection')}</legend>
        <div className="form-grid">
          <div>
            <TextField
              label={t('filing.verify.domain')}
              hint={t('filing.verify.domainHint')}
              autoComplete="off"
              spellCheck={false}
              inputMode="url"
              required
              error={errors.domain?.message}
              note={<DomainPreview input={values.domain} />}
              reserveLine
              {...form.register('domain')}
            />
          </div>
        </div>
        <Controller
          control={form.control}
          name="cloudService"
          render={({ field, fieldState }) => (
            <CloudServicePicker
              legend={t('filing.verify.cloudService')}
              hint={t('filing.verify.cloudServiceHint')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
      </HeldFieldset>
      <div className="form-actions">
        <HeldButton type="submit" busy={busy}>
          {busy ? t('filing.verify.submitting') : t('filing.verify.submit')}
        </HeldButton>
      </div>
    </form>
  );
}
