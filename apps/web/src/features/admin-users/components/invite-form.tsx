// 邀请工作人员: email, name, role and (for an operator) a photo point. After sending, the link is shown this once to
// copy; the form is ready for the next invitation.
import { type CreatedInvitation, CreateInvitationBodySchema, STAFF_ROLES } from '@beian/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { placeServerErrors } from '../../../lib/form-errors.ts';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { useInvite, usePhotoPointChoices } from '../api/admin-users-api.ts';
import { CopyLink } from './copy-link.tsx';

type Input = z.input<typeof CreateInvitationBodySchema>;
type Output = z.output<typeof CreateInvitationBodySchema>;
const FIELDS = ['email', 'displayName', 'role', 'photoPointId'] as const;
const EMPTY: Input = { email: '', displayName: '', role: 'REVIEWER', photoPointId: undefined };

export function InviteForm({ onInvited }: { onInvited: (created: CreatedInvitation) => void }) {
  const { t } = useTranslation();
  const invite = useInvite();
  const points = usePhotoPointChoices();
  const [failure, setFailure] = useState<unknown>();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodFormResolver(CreateInvitationBodySchema),
    mode: 'onTouched',
    defaultValues: EMPTY,
  });
  useRetranslateErrors(form);
  const { errors } = form.formState;
  const role = form.watch('role');

  const submit = async (values: Output) => {
    setFailure(undefined);
    setCreated(null);
    try {
      const answer = await invite.mutateAsync(values);
      setCreated(answer);
      onInvited(answer);
      form.reset(EMPTY);
    } catch (error) {
      if (!placeServerErrors(error, form.setError, FIELDS, { EMAIL_TAKEN: 'email' })) setFailure(error);
    }
  };

  return (
    <>
      <p className="muted">{t('adminUsers.invite.intro')}</p>
      {created ? (
        <Alert tone="success">
          {t('adminUsers.invite.created', { email: created.invitation.email })}
          <CopyLink link={created.link} />
        </Alert>
      ) : null}
      <form className="filters" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
        {failure ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}
        <TextField
          label={t('adminUsers.invite.email')}
          type="email"
          autoComplete="off"
          required
          error={errors.email?.message}
          {...form.register('email')}
        />
        <TextField
          label={t('adminUsers.invite.displayName')}
          autoComplete="off"
          required
          error={errors.displayName?.message}
          {...form.register('displayName')}
        />
        <SelectField
          label={t('adminUsers.invite.role')}
          required
          error={errors.role?.message}
          {...form.register('role', {
            onChange: () => form.setValue('photoPointId', undefined),
          })}
        >
          {STAFF_ROLES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`common.roles.${choice}`)}
            </option>
          ))}
        </SelectField>
        {role === 'OPERATOR' ? (
          <SelectField
            label={t('adminUsers.invite.point')}
            hint={t('adminUsers.invite.pointHint')}
            error={errors.photoPointId?.message}
            {...form.register('photoPointId', { setValueAs: (value: string) => value || undefined })}
          >
            <option value="">{t('adminUsers.invite.noPoint')}</option>
            {(points.data ?? []).map((point) => (
              <option key={point.id} value={point.id}>
                {point.city} · {point.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <div className="filters__actions">
          <Button type="submit" busy={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t('adminUsers.invite.submitting') : t('adminUsers.invite.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
