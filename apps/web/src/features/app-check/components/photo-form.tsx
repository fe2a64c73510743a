// Step 2 on the phone: what the photo must show, the front camera (or a file), and the upload. The ending typed in
// step 1 goes with the photo: the API checks it again, since the link keeps no record of step 1.
import type { AppCheckSubmitted } from '@beian/contracts';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { type ApiError, isApiError } from '../../../lib/api-error.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { FramingGuide } from '../../photo-capture/framing-guide.tsx';
import { PhotoCapture } from '../../photo-capture/photo-capture.tsx';
import type { PreparedPhoto } from '../../photo-capture/prepare-photo.ts';
import { submitAppCheckPhoto } from '../app-check-api.ts';

type Props = {
  token: string;
  certEnding: string;
  onSubmitted: (result: AppCheckSubmitted) => void;
  onEnded: (error: ApiError) => void;
};

export function PhotoForm({ token, certEnding, onSubmitted, onEnded }: Props) {
  const { t } = useTranslation();
  const [photo, setPhoto] = useState<PreparedPhoto | null>(null);
  const [progress, setProgress] = useState(0);
  const submit = useMutation({
    mutationFn: (chosen: PreparedPhoto) => submitAppCheckPhoto({ token, certEnding, photo: chosen.blob }, setProgress),
    onSuccess: onSubmitted,
    onError: (error) => {
      if (isApiError(error, 'APP_CHECK_LINK_LOCKED') || isApiError(error, 'APP_CHECK_LINK_INVALID')) onEnded(error);
    },
  });

  function send(event: FormEvent) {
    event.preventDefault();
    if (photo) submit.mutate(photo);
  }

  return (
    <form className="app-check-phone__form" onSubmit={send}>
      <h2>{t('appCheck.phone.photo.title')}</h2>
      <p>{t('appCheck.phone.photo.intro')}</p>
      <FramingGuide method="APP_CHECK" headingLevel={3} />
      <PhotoCapture
        label={t('appCheck.phone.photo.input')}
        camera="user"
        onChange={setPhoto}
        disabled={submit.isPending}
      />
      {submit.isError ? <Alert tone="error">{errorMessage(submit.error)}</Alert> : null}
      {submit.isPending ? (
        <p role="status">{t('appCheck.phone.photo.progress', { percent: Math.round(progress * 100) })}</p>
      ) : null}
      <Button type="submit" busy={submit.isPending} disabled={photo === null}>
        {t('appCheck.phone.photo.submit')}
      </Button>
    </form>
  );
}
