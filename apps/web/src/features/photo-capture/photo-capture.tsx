// Choosing the verification photo: take it with the camera (on a phone) or pick a file. A PNG, an iPhone HEIC or a
// JPEG over 2 MB is converted and shrunk here, before anything is sent, and the page says so with the sizes before
// and after. `onChange` gets the JPEG to upload, or null while there is none.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../lib/images/format-bytes.ts';
import type { PhotoCodec, PreparationFailure, PreparedPhoto } from './prepare-photo.ts';
import { usePreparedPhoto } from './use-prepared-photo.ts';
import './photo-capture.css';

type PhotoCaptureProps = {
  /** What the photo is for, e.g. 核验照片; names the control group. */
  label: string;
  /** Offer the camera first: 'user' (selfie, the principal's own phone) or 'environment' (an operator's camera). */
  camera?: 'user' | 'environment';
  onChange: (photo: PreparedPhoto | null) => void;
  disabled?: boolean;
  /** For tests: the image decoder and encoder (the browser's by default). */
  codec?: PhotoCodec;
};

const ACCEPT = 'image/jpeg,image/png,image/heic,image/heif,.jpg,.jpeg,.png,.heic,.heif';

const FAILURE_KEYS = {
  NOT_A_PHOTO: 'photoCapture.notAnImage',
  UNREADABLE: 'photoCapture.unreadable',
  TOO_LARGE_AFTER_SHRINKING: 'photoCapture.tooLarge',
} as const satisfies Record<PreparationFailure, string>;

export function PhotoCapture({ label, camera, onChange, disabled, codec }: PhotoCaptureProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { state, choose } = usePreparedPhoto(onChange, codec);
  const picked = (event: React.ChangeEvent<HTMLInputElement>) => {
    void choose(event.target.files?.[0]);
    // The same file picked again after a failure must still fire a change.
    event.target.value = '';
  };
  const size = (bytes: number) => formatBytes(bytes, i18n.language);

  return (
    <fieldset className="photo-capture" aria-describedby={`${id}-accepts`} disabled={disabled}>
      <legend className="photo-capture__legend">{label}</legend>
      <div className="photo-capture__pickers">
        {camera ? (
          <label className="button button--primary photo-capture__picker">
            {t('photoCapture.takePhoto')}
            <input className="photo-capture__input" type="file" accept="image/*" capture={camera} onChange={picked} />
          </label>
        ) : null}
        <label className={`button ${camera ? 'button--secondary' : 'button--primary'} photo-capture__picker`}>
          {state.status === 'ready'
            ? t('photoCapture.chooseAgain')
            : camera
              ? t('photoCapture.chooseFromFiles')
              : t('photoCapture.choosePhoto')}
          <input className="photo-capture__input" type="file" accept={ACCEPT} onChange={picked} />
        </label>
      </div>
      <p className="muted photo-capture__accepts" id={`${id}-accepts`}>
        {t('photoCapture.accepts')}
      </p>
      <div className="photo-capture__status" aria-live="polite">
        {state.status === 'preparing' ? <p>{t('photoCapture.preparing')}</p> : null}
        {state.status === 'failed' ? (
          <p className="field__error" role="alert">
            {t(FAILURE_KEYS[state.reason])}
          </p>
        ) : null}
        {state.status === 'ready' ? (
          <p>
            {state.photo.converted
              ? t('photoCapture.converted', {
                  before: size(state.photo.originalBytes),
                  after: size(state.photo.bytes),
                })
              : t('photoCapture.keptAsIs', { size: size(state.photo.bytes) })}
          </p>
        ) : null}
      </div>
      {state.status === 'ready' ? (
        <img className="photo-capture__preview" src={state.previewUrl} alt={t('photoCapture.previewAlt')} />
      ) : null}
    </fieldset>
  );
}
