// The photo taken at the point: the shared capture (the back camera first, or a file; converted to a JPEG of at most
// 2 MB), the operator's confirmation that the original ID was checked in person, and the submission.
import type { SubmittedPhoto } from '@beian/contracts';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { CheckboxField } from '../../components/ui/checkbox-field.tsx';
import { errorMessage } from '../../lib/error-message.ts';
import { FramingGuide } from '../photo-capture/framing-guide.tsx';
import { PhotoCapture } from '../photo-capture/photo-capture.tsx';
import type { PreparedPhoto } from '../photo-capture/prepare-photo.ts';
import { uploadPhoto } from '../photo-capture/upload-photo.ts';

type Props = { filingId: string; version: number; onSubmitted: (submitted: SubmittedPhoto) => void };

export function OperatorPhotoForm({ filingId, version, onSubmitted }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [photo, setPhoto] = useState<PreparedPhoto | null>(null);
  const [checked, setChecked] = useState(false);
  const [tried, setTried] = useState(false);
  const submit = useMutation({
    mutationFn: (prepared: PreparedPhoto) =>
      uploadPhoto(
        `/api/photo-point/filings/${filingId}/photo`,
        { version: String(version), idCheckedInPerson: 'true' },
        prepared,
      ),
    onSuccess: onSubmitted,
  });

  return (
    <section className="operator-photo" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('photoPoint.photo.heading')}</h3>
      <FramingGuide method="PHOTO_POINT" headingLevel={4} />
      <PhotoCapture label={t('photoPoint.photo.label')} camera="environment" onChange={setPhoto} />
      {tried && !photo ? <p className="field__error">{t('photoPoint.photo.photoRequired')}</p> : null}
      <CheckboxField
        label={t('photoPoint.photo.confirm')}
        checked={checked}
        onChange={(event) => setChecked(event.target.checked)}
        error={tried && !checked ? t('photoPoint.photo.confirmRequired') : undefined}
      />
      {submit.error ? <Alert tone="error">{errorMessage(submit.error)}</Alert> : null}
      <div>
        <Button
          busy={submit.isPending}
          onClick={() => {
            setTried(true);
            if (photo && checked) submit.mutate(photo);
          }}
        >
          {submit.isPending ? t('photoPoint.photo.submitting') : t('photoPoint.photo.submit')}
        </Button>
      </div>
    </section>
  );
}
