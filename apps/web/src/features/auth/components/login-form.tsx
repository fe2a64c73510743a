// The sign-in form: validates as the person types, and explains a refused sign-in in their language. Its state is
// use-sign-in-form.ts, not react-hook-form, and its rules load with the first check (docs/decisions/049).
import type { Account } from '@beian/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { isApiError } from '../../../lib/api-error.ts';
import { placeServerErrors } from '../../../lib/form-errors.ts';
import { useHydrated } from '../../../lib/use-hydrated.ts';
import { useLogin } from '../api/use-auth-mutations.ts';
import { signInFailureMessage } from './sign-in-failure.ts';
import { useSignInForm } from './use-sign-in-form.ts';

export function LoginForm({ onSignedIn }: { onSignedIn: (account: Account) => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  // Kept as the error itself so that its message follows a language switch.
  const [failure, setFailure] = useState<unknown>();
  const form = useSignInForm();
  // The prerendered form (docs/decisions/043) cannot be sent before the app runs: the browser would submit it itself,
  // the password in the address. A disabled submit button also stops Enter in a field from submitting it.
  const hydrated = useHydrated();

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      onSignedIn(await login.mutateAsync(values));
    } catch (error) {
      if (placeServerErrors(error, form.setServerError, ['email', 'password'])) return;
      setFailure(error);
      if (isApiError(error, 'INVALID_CREDENTIALS')) {
        form.clear('password');
      }
    }
  });

  return (
    <form className="form" noValidate onSubmit={submit}>
      {failure ? <Alert tone="error">{signInFailureMessage(failure)}</Alert> : null}
      <TextField label={t('auth.login.email')} type="email" autoComplete="username" required {...form.field('email')} />
      <TextField
        label={t('auth.login.password')}
        type="password"
        autoComplete="current-password"
        required
        {...form.field('password')}
      />
      <Button type="submit" busy={form.submitting} disabled={!hydrated} className="button--block">
        {form.submitting ? t('auth.login.submitting') : t('auth.login.submit')}
      </Button>
    </form>
  );
}
