// The invited person's name (prefilled with the admin's spelling) and a password of their own choosing.
import { type Account, type InvitationPreview, nonEmptyLine, PasswordSchema } from '@beian/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PasswordStrengthMeter } from '../../../components/password-strength/password-strength-meter.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { placeServerErrors } from '../../../lib/form-errors.ts';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { useAcceptInvitation } from '../api/account-links-api.ts';

const FormSchema = z.object({ displayName: nonEmptyLine(60), password: PasswordSchema });
type Input = z.input<typeof FormSchema>;
type Output = z.output<typeof FormSchema>;

type Props = { token: string; invitation: InvitationPreview; onAccepted: (account: Account) => void };

export function AcceptInvitationForm({ token, invitation, onAccepted }: Props) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<Input, unknown, Output>({
    resolver: zodFormResolver(FormSchema),
    mode: 'onTouched',
    defaultValues: { displayName: invitation.displayName, password: '' },
  });
  useRetranslateErrors(form);
  const { errors } = form.formState;

  const submit = async (values: Output) => {
    setFailure(undefined);
    try {
      onAccepted(await accept.mutateAsync({ token, ...values }));
    } catch (error) {
      if (!placeServerErrors(error, form.setError, ['displayName', 'password'])) setFailure(error);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
      {failure ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}
      {/* For password managers: the account the new password belongs to. */}
      <input type="hidden" autoComplete="username" value={invitation.email} readOnly />
      <TextField
        label={t('authLinks.invite.displayName')}
        hint={t('authLinks.invite.displayNameHint')}
        autoComplete="name"
        required
        error={errors.displayName?.message}
        {...form.register('displayName')}
      />
      <TextField
        label={t('authLinks.invite.password')}
        hint={t('authLinks.invite.passwordHint', { min: PasswordSchema.minLength ?? 10 })}
        type="password"
        autoComplete="new-password"
        required
        error={errors.password?.message}
        {...form.register('password')}
      />
      <PasswordStrengthMeter password={form.watch('password')} />
      <Button type="submit" busy={form.formState.isSubmitting} className="button--block">
        {form.formState.isSubmitting ? t('authLinks.invite.submitting') : t('authLinks.invite.submit')}
      </Button>
    </form>
  );
}
