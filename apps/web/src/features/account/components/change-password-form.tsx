// Changing the password: the current one, the new one twice. The server refuses a common password or the email
// address on the new-password field; on success every other browser is signed out, which the message says.
import { ChangePasswordBodySchema, PasswordSchema } from '@beian/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PasswordStrengthMeter } from '../../../components/password-strength/password-strength-meter.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { i18n } from '../../../i18n/i18n.ts';
import { isApiError } from '../../../lib/api-error.ts';
import { errorMessage, formatWait } from '../../../lib/error-message.ts';
import { placeServerErrors } from '../../../lib/form-errors.ts';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { useChangePassword } from '../api/account-api.ts';

const FormSchema = ChangePasswordBodySchema.extend({ confirmPassword: z.string().min(1) }).refine(
  (values) => values.newPassword === values.confirmPassword,
  { path: ['confirmPassword'], message: 'validation.passwordsDiffer' },
);
type FormInput = z.input<typeof FormSchema>;
type FormOutput = z.output<typeof FormSchema>;

/** Too many wrong current passwords: how long to wait, like a slowed sign-in. */
function failureMessage(error: unknown): string {
  if (isApiError(error, 'RATE_LIMITED') && error.retryAfterSeconds !== undefined) {
    return i18n.t('account.password.rateLimited', { wait: formatWait(error.retryAfterSeconds) });
  }
  return errorMessage(error);
}

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
const CODE_FIELDS = {
  CURRENT_PASSWORD_WRONG: 'currentPassword',
  PASSWORD_COMMON: 'newPassword',
  PASSWORD_IS_EMAIL: 'newPassword',
} as const;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [failure, setFailure] = useState<unknown>();
  const [ended, setEnded] = useState<number>();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodFormResolver(FormSchema),
    mode: 'onTouched',
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  useRetranslateErrors(form);
  const { errors } = form.formState;

  const submit = async ({ currentPassword, newPassword }: FormOutput) => {
    setFailure(undefined);
    setEnded(undefined);
    try {
      const { endedSessions } = await change.mutateAsync({ currentPassword, newPassword });
      form.reset();
      setEnded(endedSessions);
    } catch (error) {
      if (!placeServerErrors(error, form.setError, FIELDS, CODE_FIELDS)) setFailure(error);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
      {ended !== undefined ? <Alert tone="success">{t('account.password.changed', { count: ended })}</Alert> : null}
      {failure ? <Alert tone="error">{failureMessage(failure)}</Alert> : null}
      <TextField
        label={t('account.password.current')}
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword?.message}
        {...form.register('currentPassword')}
      />
      <TextField
        label={t('account.password.new')}
        hint={t('account.password.newHint', { min: PasswordSchema.minLength ?? 10 })}
        type="password"
        autoComplete="new-password"
        required
        error={errors.newPassword?.message}
        {...form.register('newPassword')}
      />
      <PasswordStrengthMeter password={form.watch('newPassword')} />
      <TextField
        label={t('account.password.confirm')}
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword?.message}
        {...form.register('confirmPassword')}
      />
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t('account.password.submitting') : t('account.password.submit')}
        </Button>
      </div>
    </form>
  );
}
