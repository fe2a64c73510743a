// The sign-in form: validates as the person types, and explains a refused sign-in in their language.
import { type Account, LoginBodySchema } from '@beian/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { isApiError } from '../../../lib/api-error.ts';
import { placeServerErrors } from '../../../lib/form-errors.ts';
import { useHydrated } from '../../../lib/use-hydrated.ts';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { useLogin } from '../api/use-auth-mutations.ts';
import { signInFailureMessage } from './sign-in-failure.ts';

type LoginInput = z.input<typeof LoginBodySchema>;
type LoginOutput = z.output<typeof LoginBodySchema>;

export function LoginForm({ onSignedIn }: { onSignedIn: (account: Account) => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  // Kept as the error itself so that its message follows a language switch.
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<LoginInput, unknown, LoginOutput>({
    resolver: zodFormResolver(LoginBodySchema),
    mode: 'onTouched',
    defaultValues: { email: '', password: '' },
  });
  useRetranslateErrors(form);
  const { errors } = form.formState;
  // The prerendered form (docs/decisions/043) cannot be sent before the app runs: the browser would submit it itself,
  // the password in the address. A disabled submit button also stops Enter in a field from submitting it.
  const hydrated = useHydrated();

  const submit = async (values: LoginOutput) => {
    setFailure(undefined);
    try {
      onSignedIn(await login.mutateAsync(values));
    } catch (error) {
      if (placeServerErrors(error, form.setError, ['email', 'password'])) return;
      setFailure(error);
      if (isApiError(error, 'INVALID_CREDENTIALS')) {
        form.resetField('password');
        form.setFocus('password');
      }
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
      {failure ? <Alert tone="error">{signInFailureMessage(failure)}</Alert> : null}
      <TextField
        label={t('auth.login.email')}
        type="email"
        autoComplete="username"
        required
        error={errors.email?.message}
        {...form.register('email')}
      />
      <TextField
        label={t('auth.login.password')}
        type="password"
        autoComplete="current-password"
        required
        error={errors.password?.message}
        {...form.register('password')}
      />
      <Button type="submit" busy={form.formState.isSubmitting} disabled={!hydrated} className="button--block">
        {form.formState.isSubmitting ? t('auth.login.submitting') : t('auth.login.submit')}
      </Button>
    </form>
  );
}
