// The second review's own panel: the new verification photo beside the hand-held-ID photo and the principal's ID
// images, how, where, by whom and when it was taken, and the photo checklist.
import type { PhotoView } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { photoMethodName, photoOrigin } from '../../../lib/photo-origin.ts';
import type { ReviewMaterial } from '../filing-fields.ts';
import { compareImages } from './compare-images.ts';
import { PhotoChecklist } from './photo-checklist.tsx';
import { PhotoFigure } from './photo-figure.tsx';
import { useReviewPhoto } from './review-photo-api.ts';
import './photo-review.css';

function PhotoFacts({ photo }: { photo: PhotoView }) {
  const { t } = useTranslation();
  const rows = [
    [t('secondReview.photo.method'), photoMethodName(t, photo.method)],
    [t('secondReview.photo.origin'), photoOrigin(t, photo)],
    [t('secondReview.photo.takenAt'), formatBeijing(photo.takenAt)],
  ] as const;
  return (
    <dl className="photo-review__facts">
      {rows.map(([label, value]) => (
        <div key={label} className="photo-review__fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Comparison({ photo, materials }: { photo: PhotoView; materials: ReviewMaterial[] }) {
  const { t } = useTranslation();
  const others = compareImages(materials);
  return (
    <div className="photo-review__compare">
      <PhotoFigure
        main
        url={photo.contentUrl}
        contentType="image/jpeg"
        label={t('secondReview.photo.newPhoto')}
        notImage=""
      />
      <section className="photo-review__others" aria-label={t('secondReview.photo.compareHeading')}>
        {others.length === 0 ? <p>{t('secondReview.photo.noComparison')}</p> : null}
        {others.map((material) => (
          <PhotoFigure
            key={material.id}
            url={material.url}
            contentType={material.contentType}
            label={material.label}
            notImage={t('secondReview.photo.notImage', { name: material.label })}
          />
        ))}
      </section>
    </div>
  );
}

export function PhotoReviewPanel({ filingId, materials }: { filingId: string; materials: ReviewMaterial[] }) {
  const { t } = useTranslation();
  const answer = useReviewPhoto(filingId);
  const headingId = useId();
  return (
    <section className="card photo-review" aria-labelledby={headingId}>
      <header className="card__header">
        <h2 id={headingId} className="card__title">
          {t('secondReview.photo.heading')}
        </h2>
      </header>
      <div className="card__body">
        {answer.isPending ? <Spinner label={t('secondReview.photo.loading')} /> : null}
        {answer.isError ? (
          <Alert tone="error" title={t('secondReview.photo.loadFailed')}>
            {errorMessage(answer.error)}
          </Alert>
        ) : null}
        {answer.data && !answer.data.photo ? <p>{t('secondReview.photo.none')}</p> : null}
        {answer.data?.photo ? (
          <div className="photo-review__body">
            <Comparison photo={answer.data.photo} materials={materials} />
            <div className="photo-review__side">
              <PhotoFacts photo={answer.data.photo} />
              <PhotoChecklist />
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
