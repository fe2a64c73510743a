// The three fields MIIT's page asks for: the mobile that got the text, the texted code and the last 6 characters of
// the verifier's certificate number, validated by the API's own contract before they are sent.
import { MiitSmsCheckBodySchema, type MiitSmsCheckResult } from '@beian/contracts';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { placeServerErrors } from '../../../lib/form-errors.ts';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { checkSmsCode, smsCheckMessages } from '../miit-sms-check-api.ts';

type Input = z.input<typeof MiitSmsCheckBodySchema>;
type Output = z.output<typeof MiitSmsCheckBodySchema>;
const FIELDS = ['mobile', 'code', 'certEnding'] as const;

export function SmsCheckForm({ onResult }: { onResult: (result: MiitSmsCheckResult | null) => void }) {
  const { t } = useTranslation();
  const form = useForm<Input, unknown, Output>({
    resolver: zodFormResolver(MiitSmsCheckBodySchema, smsCheckMessages),
    mode: 'onTouched',
    defaultValues: { mobile: '', code: '', certEnding: '' },
  });
  useRetranslateErrors(form);
  const { errors } = form.formState;
  const check = useMutation({ mutationFn: checkSmsCode });

  const submit = async (values: Output) => {
    onResult(null);
    try {
      const result = await check.mutateAsync(values);
      onResult(result);
      if (result.outcome === 'WRONG_CODE') form.setFocus('code');
      // Done for this verifier: the form is ready for the next one.
      else if (result.outcome === 'CONFIRMED' || result.outcome === 'ALREADY_CONFIRMED') form.reset();
    } catch (error) {
      placeServerErrors(error, form.setError, FIELDS);
    }
  };

  const failure = check.isError && !errors.mobile && !errors.code && !errors.certEnding ? check.error : null;
  return (
    <form
      className="miit-page__form"
      aria-label={t('miitSmsCheck.form.label')}
      noValidate
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      {failure ? (
        <Alert tone="error" title={t('miitSmsCheck.failed')}>
          {errorMessage(failure)}
        </Alert>
      ) : null}
      <TextField
        label={t('miitSmsCheck.form.mobile')}
        hint={t('miitSmsCheck.form.mobileHint')}
        type="tel"
        inputMode="numeric"
        autoComplete="tel-national"
        maxLength={11}
        required
        error={errors.mobile?.message}
        {...form.register('mobile')}
      />
      <TextField
        label={t('miitSmsCheck.form.code')}
        hint={t('miitSmsCheck.form.codeHint')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        error={errors.code?.message}
        {...form.register('code')}
      />
      <TextField
        label={t('miitSmsCheck.form.certEnding')}
        hint={t('miitSmsCheck.form.certEndingHint')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={6}
        required
        error={errors.certEnding?.message}
        {...form.register('certEnding')}
      />
      <Button type="submit" busy={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t('miitSmsCheck.form.submitting') : t('miitSmsCheck.form.submit')}
      </Button>
    </form>
  );
}
