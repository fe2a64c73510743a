// One more curtain for an applicant whose first was lost, damaged or came back, found by their email; the postage of
// the further curtain is theirs (到付).
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { useCurtainGrant } from '../api/use-curtain-actions.ts';

const GrantFormSchema = z.object({
  email: z.string().trim().min(1).max(254).pipe(z.email()),
  reason: z.string().trim().min(1).max(500),
});
type GrantForm = z.infer<typeof GrantFormSchema>;

export function GrantForm() {
  const { t } = useTranslation();
  const grant = useCurtainGrant();
  const form = useForm<GrantForm>({
    resolver: zodFormResolver(GrantFormSchema),
    mode: 'onTouched',
    defaultValues: { email: '', reason: '' },
  });
  useRetranslateErrors(form);
  const { errors } = form.formState;

  const submit = async (input: GrantForm) => {
    try {
      await grant.mutateAsync(input);
      form.reset();
    } catch {
      // Shown from the mutation's error below.
    }
  };

  return (
    <form
      className="form grant-form"
      noValidate
      aria-labelledby="curtain-grant-heading"
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      <h3 className="card__title" id="curtain-grant-heading">
        {t('adminCurtains.grant.heading')}
      </h3>
      <p className="muted">{t('adminCurtains.grant.body')}</p>
      {grant.isSuccess ? (
        <Alert tone="success">{t('adminCurtains.grant.done', { email: grant.data.email })}</Alert>
      ) : null}
      {grant.isError ? (
        <Alert tone="error">{t('adminCurtains.grant.failed', { message: errorMessage(grant.error) })}</Alert>
      ) : null}
      <TextField
        label={t('adminCurtains.grant.email')}
        type="email"
        autoComplete="off"
        required
        error={errors.email?.message}
        {...form.register('email')}
      />
      <TextField
        label={t('adminCurtains.grant.reason')}
        required
        maxLength={500}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t('adminCurtains.grant.submit')}
        </Button>
      </div>
    </form>
  );
}
