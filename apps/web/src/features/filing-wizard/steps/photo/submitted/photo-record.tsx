// The verification photo as the applicant sent it: the picture, and how, where, by whom and when it was taken.
import type { PhotoView } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { photoMethodName, photoOrigin } from '../../../../../lib/photo-origin.ts';

export function PhotoRecord({ photo, title }: { photo: PhotoView; title: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const method = photoMethodName(t, photo.method);
  const facts = [
    [t('photoRecord.facts.method'), method],
    [t('photoRecord.facts.origin'), photoOrigin(t, photo)],
    [t('photoRecord.facts.takenAt'), formatBeijing(photo.takenAt)],
  ] as const;
  return (
    <section className="card photo-record" aria-labelledby={headingId}>
      <header className="card__header">
        <h2 id={headingId} className="card__title">
          {title}
        </h2>
      </header>
      <div className="card__body photo-record__body">
        <img className="photo-record__image" src={photo.contentUrl} alt={t('photoRecord.alt', { method })} />
        <dl className="photo-record__facts">
          {facts.map(([label, value]) => (
            <div key={label} className="photo-record__fact">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
