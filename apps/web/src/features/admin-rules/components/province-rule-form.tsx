// One province's rules as an admin edits them, with the reason every publish needs. Publishing sends the version the
// admin saw, so one published meanwhile by someone else is refused rather than overwritten.
import { type ProvinceRuleSet, type ProvinceRulesView, RuleReasonSchema } from '@beian/contracts';
import { SUBJECT_NATURES } from '@beian/domain';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CheckboxField } from '../../../components/ui/checkbox-field.tsx';
import { FieldShell } from '../../../components/ui/field-shell.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { provinceName } from '../../../lib/filing-labels.ts';
import { placeServerErrors } from '../../../lib/form-errors.ts';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { usePublishProvinceRules } from '../api/rules-api.ts';
import { PublishFooter } from './publish-footer.tsx';

const FormSchema = z
  .object({
    fingerprint: z.boolean(),
    pledge: z.boolean(),
    pledgeText: z.string(),
    pledgeNatures: z.array(z.enum(SUBJECT_NATURES)),
    appCheckEligible: z.boolean(),
    bureauReviewWorkingDays: z.number().int().min(1).max(60),
    reason: RuleReasonSchema,
  })
  .superRefine((form, ctx) => {
    if (!form.pledge) return;
    if (form.pledgeText.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['pledgeText'], message: 'adminRules.form.pledgeTextRequired' });
    }
    if (form.pledgeNatures.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['pledgeNatures'], message: 'adminRules.form.naturesRequired' });
    }
  });
type Form = z.infer<typeof FormSchema>;

const valuesOf = (rules: ProvinceRulesView): Form => ({
  fingerprint: rules.verificationSheet.fingerprint,
  pledge: rules.verificationSheet.handwrittenPledge !== null,
  pledgeText: rules.verificationSheet.handwrittenPledge?.text ?? '',
  pledgeNatures: rules.verificationSheet.handwrittenPledge?.appliesTo ?? ['PERSONAL'],
  appCheckEligible: rules.appCheckEligible,
  bureauReviewWorkingDays: rules.bureauReviewWorkingDays,
  reason: '',
});

type Props = {
  set: ProvinceRuleSet;
  rules: ProvinceRulesView;
  onPublished: (version: number) => void;
  onCancel: () => void;
};

export function ProvinceRuleForm({ set, rules, onPublished, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const publish = usePublishProvinceRules();
  const form = useForm<Form, unknown, Form>({ resolver: zodFormResolver(FormSchema), defaultValues: valuesOf(rules) });
  useRetranslateErrors(form);
  const { errors } = form.formState;
  const pledge = form.watch('pledge');
  const province = provinceName(rules.provinceCode, i18n.language);

  useEffect(() => form.setFocus('fingerprint'), [form]);

  const submit = async (values: Form) => {
    publish.reset();
    try {
      const published = await publish.mutateAsync({
        baseVersion: set.version,
        reason: values.reason,
        provinces: {
          [rules.provinceCode]: {
            verificationSheet: {
              fingerprint: values.fingerprint,
              handwrittenPledge: values.pledge
                ? { text: values.pledgeText.trim(), appliesTo: values.pledgeNatures }
                : null,
            },
            appCheckEligible: values.appCheckEligible,
            bureauReviewWorkingDays: values.bureauReviewWorkingDays,
          },
        },
      });
      onPublished(published.version);
    } catch (caught) {
      placeServerErrors(caught, form.setError, ['reason']);
    }
  };

  return (
    <form
      className="form rules-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      <h3 className="rules-form__title" id={`${id}-title`}>
        {t('adminRules.form.heading', { province })}
      </h3>
      <CheckboxField label={t('adminRules.form.fingerprint')} {...form.register('fingerprint')} />
      <CheckboxField label={t('adminRules.form.pledge')} {...form.register('pledge')} />
      {pledge ? (
        <>
          <FieldShell
            label={t('adminRules.form.pledgeText')}
            hint={t('adminRules.form.pledgeTextHint')}
            error={errors.pledgeText?.message}
            required
          >
            {(control) => <textarea {...form.register('pledgeText')} {...control} className="field__input" rows={4} />}
          </FieldShell>
          <fieldset className="plain-fieldset" aria-describedby={errors.pledgeNatures ? `${id}-natures` : undefined}>
            <legend className="field__label">{t('adminRules.form.pledgeNatures')}</legend>
            {SUBJECT_NATURES.map((nature) => (
              <CheckboxField
                key={nature}
                label={t(`filing.natures.${nature}`)}
                value={nature}
                {...form.register('pledgeNatures')}
              />
            ))}
            {errors.pledgeNatures ? (
              <p className="field__error" id={`${id}-natures`}>
                {errors.pledgeNatures.message}
              </p>
            ) : null}
          </fieldset>
        </>
      ) : null}
      <CheckboxField label={t('adminRules.form.appCheck')} {...form.register('appCheckEligible')} />
      <TextField
        label={t('adminRules.form.bureauDays')}
        hint={t('adminRules.form.bureauDaysHint')}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        required
        error={errors.bureauReviewWorkingDays?.message}
        {...form.register('bureauReviewWorkingDays', { valueAsNumber: true })}
      />
      <PublishFooter
        reasonLabel={t('adminRules.form.reason')}
        reason={form.register('reason')}
        reasonError={errors.reason?.message}
        publish={publish}
        failedTitle={t('adminRules.form.failed')}
        publishLabel={t('adminRules.form.publish')}
        leave={{ label: t('adminRules.form.cancel'), onClick: onCancel }}
      />
    </form>
  );
}
