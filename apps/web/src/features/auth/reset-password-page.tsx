// /reset-password#token=…: the link from the reset email. The new password ends every session of the account, so
// the page sends the person to sign in with it.
import { PasswordSchema } from '@beian/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { z } from 'zod';
import { PasswordStrengthMeter } from '../../components/password-strength/password-strength-meter.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ButtonLink } from '../../components/ui/button-link.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { isApiError } from '../../lib/api-error.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { placeServerErrors } from '../../lib/form-errors.ts';
import { useRetranslateErrors } from '../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../lib/zod-form-resolver.ts';
import { useCompletePasswordReset } from './api/account-links-api.ts';
import { linkTokenFrom } from './link-token.ts';

const FormSchema = z.object({ password: PasswordSchema });
type Values = z.infer<typeof FormSchema>;

function LinkInvalid() {
  const { t } = useTranslation();
  return (
    <>
      <Alert tone="error">{t('authLinks.reset.invalid')}</Alert>
      <p className="auth-card__switch">
        <Link to="/forgot-password">{t('authLinks.reset.requestAgain')}</Link>
      </p>
    </>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('authLinks.reset.title'));
  const token = linkTokenFrom(useLocation().hash);
  const complete = useCompletePasswordReset();
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<Values>({
    resolver: zodFormResolver(FormSchema),
    mode: 'onTouched',
    defaultValues: { password: '' },
  });
  useRetranslateErrors(form);

  const submit = async ({ password }: Values) => {
    setFailure(undefined);
    try {
      await complete.mutateAsync({ token: token ?? '', password });
    } catch (error) {
      if (!placeServerErrors(error, form.setError, ['password'])) setFailure(error);
    }
  };

  return (
    <>
      <h1 className="auth-card__title">{t('authLinks.reset.heading')}</h1>
      {complete.isSuccess ? (
        <>
          <Alert tone="success" title={t('authLinks.reset.doneTitle')}>
            {t('authLinks.reset.done')}
          </Alert>
          <ButtonLink to="/login" className="button--block">
            {t('authLinks.reset.signIn')}
          </ButtonLink>
        </>
      ) : token === null || isApiError(failure, 'PASSWORD_RESET_LINK_INVALID') ? (
        <LinkInvalid />
      ) : (
        <>
          <p className="auth-card__intro">{t('authLinks.reset.intro')}</p>
          <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
            {failure ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}
            <TextField
              label={t('authLinks.reset.password')}
              hint={t('authLinks.reset.passwordHint', { min: PasswordSchema.minLength ?? 10 })}
              type="password"
              autoComplete="new-password"
              required
              error={form.formState.errors.password?.message}
              {...form.register('password')}
            />
            <PasswordStrengthMeter password={form.watch('password')} />
            <Button type="submit" busy={form.formState.isSubmitting} className="button--block">
              {form.formState.isSubmitting ? t('authLinks.reset.submitting') : t('authLinks.reset.submit')}
            </Button>
          </form>
        </>
      )}
    </>
  );
}
