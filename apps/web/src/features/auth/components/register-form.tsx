// The registration form; the server's field errors (a password on its list of common ones, a rule only it knows)
// land on their fields.
import { PasswordSchema, RegisterBodySchema, type RegisterResponse } from '@beian/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PasswordStrengthMeter } from '../../../components/password-strength/password-strength-meter.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { currentLocale } from '../../../i18n/i18n.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { placeServerErrors } from '../../../lib/form-errors.ts';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { useRegister } from '../api/use-auth-mutations.ts';

type RegisterInput = z.input<typeof RegisterBodySchema>;
type RegisterOutput = z.output<typeof RegisterBodySchema>;

const FIELDS = ['displayName', 'email', 'password'] as const;
/** Refusals that are about the password, whatever path the server names. */
export const PASSWORD_CODES = { PASSWORD_COMMON: 'password', PASSWORD_IS_EMAIL: 'password' } as const;

export function RegisterForm({ onRegistered }: { onRegistered: (answer: RegisterResponse) => void }) {
  const { t } = useTranslation();
  const register = useRegister();
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<RegisterInput, unknown, RegisterOutput>({
    resolver: zodFormResolver(RegisterBodySchema),
    mode: 'onTouched',
    defaultValues: { displayName: '', email: '', password: '' },
  });
  useRetranslateErrors(form);
  const { errors } = form.formState;

  const submit = async (values: RegisterOutput) => {
    setFailure(undefined);
    try {
      // The confirmation email is written in the language the form is shown in.
      onRegistered(await register.mutateAsync({ ...values, locale: currentLocale() }));
    } catch (error) {
      if (!placeServerErrors(error, form.setError, FIELDS, PASSWORD_CODES)) setFailure(error);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
      {failure ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}
      <TextField
        label={t('auth.register.displayName')}
        hint={t('auth.register.displayNameHint')}
        autoComplete="name"
        required
        error={errors.displayName?.message}
        {...form.register('displayName')}
      />
      <TextField
        label={t('auth.register.email')}
        hint={t('auth.register.emailHint')}
        type="email"
        autoComplete="email"
        required
        error={errors.email?.message}
        {...form.register('email')}
      />
      <TextField
        label={t('auth.register.password')}
        hint={t('auth.register.passwordHint', { min: PasswordSchema.minLength ?? 10 })}
        type="password"
        autoComplete="new-password"
        required
        error={errors.password?.message}
        {...form.register('password')}
      />
      <PasswordStrengthMeter password={form.watch('password')} />
      <Button type="submit" busy={form.formState.isSubmitting} className="button--block">
        {form.formState.isSubmitting ? t('auth.register.submitting') : t('auth.register.submit')}
      </Button>
    </form>
  );
}
