// The first administrator's account: name, email and a password of their own choosing (never printed anywhere).
import { type Account, FirstAdminBodySchema, PasswordSchema } from '@beian/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PasswordStrengthMeter } from '../../../components/password-strength/password-strength-meter.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { placeServerErrors } from '../../../lib/form-errors.ts';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { createFirstAdmin } from '../api/setup-api.ts';

type FirstAdminInput = z.input<typeof FirstAdminBodySchema>;
type FirstAdminOutput = z.output<typeof FirstAdminBodySchema>;

const FIELDS = ['displayName', 'email', 'password'] as const;

export function FirstAdminForm({ token, onCreated }: { token: string; onCreated: (account: Account) => void }) {
  const { t } = useTranslation();
  const create = useMutation({ mutationFn: createFirstAdmin });
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<FirstAdminInput, unknown, FirstAdminOutput>({
    resolver: zodFormResolver(FirstAdminBodySchema),
    mode: 'onTouched',
    defaultValues: { token, displayName: '', email: '', password: '' },
  });
  useRetranslateErrors(form);
  const { errors } = form.formState;

  const submit = async (values: FirstAdminOutput) => {
    setFailure(undefined);
    try {
      onCreated(await create.mutateAsync(values));
    } catch (error) {
      if (!placeServerErrors(error, form.setError, FIELDS, { EMAIL_TAKEN: 'email' })) setFailure(error);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
      {failure ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}
      <TextField
        label={t('setup.form.displayName')}
        autoComplete="name"
        required
        error={errors.displayName?.message}
        {...form.register('displayName')}
      />
      <TextField
        label={t('setup.form.email')}
        hint={t('setup.form.emailHint')}
        type="email"
        autoComplete="email"
        required
        error={errors.email?.message}
        {...form.register('email')}
      />
      <TextField
        label={t('setup.form.password')}
        hint={t('setup.form.passwordHint', { min: PasswordSchema.minLength ?? 10 })}
        type="password"
        autoComplete="new-password"
        required
        error={errors.password?.message}
        {...form.register('password')}
      />
      <PasswordStrengthMeter password={form.watch('password')} />
      <Button type="submit" busy={form.formState.isSubmitting} className="button--block">
        {form.formState.isSubmitting ? t('setup.form.submitting') : t('setup.form.submit')}
      </Button>
    </form>
  );
}
