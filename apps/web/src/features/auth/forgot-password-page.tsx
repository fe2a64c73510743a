// /forgot-password: ask for a reset link by email. The answer is the same whether or not the address has an
// account, so the page says "if".
import { PasswordResetRequestBodySchema } from '@beian/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { placeServerErrors } from '../../lib/form-errors.ts';
import { useRetranslateErrors } from '../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../lib/zod-form-resolver.ts';
import { useRequestPasswordReset } from './api/account-links-api.ts';

type Input = z.input<typeof PasswordResetRequestBodySchema>;
type Output = z.output<typeof PasswordResetRequestBodySchema>;

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('authLinks.forgot.title'));
  const request = useRequestPasswordReset();
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<Input, unknown, Output>({
    resolver: zodFormResolver(PasswordResetRequestBodySchema),
    mode: 'onTouched',
    defaultValues: { email: '' },
  });
  useRetranslateErrors(form);

  const submit = async (values: Output) => {
    setFailure(undefined);
    try {
      await request.mutateAsync(values.email);
    } catch (error) {
      if (!placeServerErrors(error, form.setError, ['email'])) setFailure(error);
    }
  };

  return (
    <>
      <h1 className="auth-card__title">{t('authLinks.forgot.heading')}</h1>
      {request.isSuccess ? (
        <Alert tone="success" title={t('authLinks.forgot.sentTitle')}>
          {t('authLinks.forgot.sent', { email: request.data.email })}
        </Alert>
      ) : (
        <>
          <p className="auth-card__intro">{t('authLinks.forgot.intro')}</p>
          <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
            {failure ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}
            <TextField
              label={t('authLinks.forgot.email')}
              type="email"
              autoComplete="email"
              required
              error={form.formState.errors.email?.message}
              {...form.register('email')}
            />
            <Button type="submit" busy={form.formState.isSubmitting} className="button--block">
              {form.formState.isSubmitting ? t('authLinks.forgot.submitting') : t('authLinks.forgot.submit')}
            </Button>
          </form>
        </>
      )}
      <p className="auth-card__switch">
        <Link to="/login">{t('authLinks.forgot.backToLogin')}</Link>
      </p>
    </>
  );
}
