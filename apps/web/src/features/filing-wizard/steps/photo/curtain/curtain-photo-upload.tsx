// The self-taken photo in front of the curtain: what it must show (with a sample), choosing or taking it (converted
// and shrunk to a JPEG of at most 2 MB in the browser), and sending it after a confirmation. The filing then waits
// for the second review, and the wizard reads it again.
import type { PhotoStep } from '@beian/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../../components/ui/alert.tsx';
import { Button } from '../../../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../../../components/ui/confirm-dialog.tsx';
import { errorMessage } from '../../../../../lib/error-message.ts';
import { FramingGuide } from '../../../../photo-capture/framing-guide.tsx';
import { PhotoCapture } from '../../../../photo-capture/photo-capture.tsx';
import type { PhotoCodec, PreparedPhoto } from '../../../../photo-capture/prepare-photo.ts';
import { uploadPhoto } from '../../../../photo-capture/upload-photo.ts';
import { filingKeys } from '../../../api/filing-queries.ts';

export function CurtainPhotoUpload({ step, codec }: { step: PhotoStep; codec?: PhotoCodec }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [photo, setPhoto] = useState<PreparedPhoto | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const send = async () => {
    if (!photo) return;
    setSending(true);
    setFailure(undefined);
    try {
      await uploadPhoto(
        `/api/filings/${encodeURIComponent(step.id)}/photo/curtain`,
        { version: String(step.version) },
        photo,
      );
      setConfirming(false);
      // The filing moved to the second review with a new version: the wizard and the step read it again.
      await queryClient.invalidateQueries({ queryKey: filingKeys.detail(step.id) });
      void queryClient.invalidateQueries({ queryKey: filingKeys.list() });
    } catch (error) {
      setConfirming(false);
      setFailure(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="curtain-upload" aria-labelledby="curtain-upload-title">
      <h4 className="curtain__title" id="curtain-upload-title">
        {t('curtain.upload.title')}
      </h4>
      <p className="muted">{t('curtain.upload.intro')}</p>
      <FramingGuide method="CURTAIN" headingLevel={4} />
      <PhotoCapture
        label={t('curtain.upload.label')}
        camera="user"
        onChange={setPhoto}
        disabled={sending}
        codec={codec}
      />
      {failure ? <Alert tone="error">{t('curtain.upload.failed', { message: errorMessage(failure) })}</Alert> : null}
      <div>
        <Button disabled={!photo} busy={sending} onClick={() => setConfirming(true)}>
          {sending ? t('curtain.upload.uploading') : t('curtain.upload.submit')}
        </Button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('curtain.upload.confirmTitle')}
          confirmLabel={t('curtain.upload.confirm')}
          cancelLabel={t('curtain.upload.cancel')}
          busy={sending}
          onConfirm={() => void send()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('curtain.upload.confirmBody')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
