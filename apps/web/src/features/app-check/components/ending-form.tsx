// Step 1 on the phone: the last 6 characters of the principal's ID number, checked by the API (5 wrong answers end
// the link). What was typed is kept only in this page, to send again with the photo.
import { CertEndingSchema } from '@beian/contracts';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { type ApiError, isApiError } from '../../../lib/api-error.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { verifyCertEnding } from '../app-check-api.ts';

type Props = {
  token: string;
  onVerified: (certEnding: string) => void;
  /** The link ended (locked, or no longer valid): the page shows why instead of the form. */
  onEnded: (error: ApiError) => void;
};

export function EndingForm({ token, onVerified, onEnded }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [formatError, setFormatError] = useState<string | undefined>();
  const verify = useMutation({
    mutationFn: (certEnding: string) => verifyCertEnding(token, certEnding),
    onSuccess: (_data, certEnding) => onVerified(certEnding),
    onError: (error) => {
      if (isApiError(error, 'APP_CHECK_LINK_LOCKED') || isApiError(error, 'APP_CHECK_LINK_INVALID')) onEnded(error);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = CertEndingSchema.safeParse(value);
    if (!parsed.success) {
      setFormatError(t('appCheck.phone.ending.format'));
      return;
    }
    setFormatError(undefined);
    verify.mutate(parsed.data.toUpperCase());
  }

  const wrong = isApiError(verify.error, 'APP_CHECK_CERT_WRONG') ? verify.error : null;
  const triesLeft = wrong?.problem.triesLeft;
  const serverError =
    wrong !== null
      ? triesLeft === undefined
        ? errorMessage(wrong)
        : t('appCheck.phone.ending.triesLeft', { message: errorMessage(wrong), count: triesLeft })
      : verify.isError
        ? errorMessage(verify.error)
        : undefined;

  return (
    <form className="app-check-phone__form" onSubmit={submit} noValidate>
      <h2>{t('appCheck.phone.ending.title')}</h2>
      <p>{t('appCheck.phone.ending.intro')}</p>
      <TextField
        label={t('appCheck.phone.ending.label')}
        hint={t('appCheck.phone.ending.hint')}
        error={formatError ?? serverError}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        inputMode="text"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={6}
        required
      />
      <Button type="submit" busy={verify.isPending}>
        {t('appCheck.phone.ending.submit')}
      </Button>
    </form>
  );
}
