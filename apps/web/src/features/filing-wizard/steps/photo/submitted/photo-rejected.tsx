// PHOTO_REJECTED: the second review's reasons on the photo, and the ask to retake it by any method still open to the
// filing (the method cards below offer their actions again).
import { type Rejection, reasonWords } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonWithSuggestion } from '../../../rejection/reason-text.tsx';

export function PhotoRejected({ rejection }: { rejection: Rejection | null }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section className="alert alert--error photo-rejected" aria-labelledby={headingId}>
      <h2 id={headingId} className="alert__title">
        {t('photoRecord.rejected.title')}
      </h2>
      <p>{t('photoRecord.rejected.intro')}</p>
      {rejection ? (
        <>
          <p className="muted">{t('photoRecord.rejected.at', { time: formatBeijing(rejection.at) })}</p>
          {rejection.reasons.length > 0 ? (
            <>
              <h3 className="photo-rejected__reasons-title">{t('photoRecord.rejected.reasons')}</h3>
              <ul className="photo-rejected__reasons">
                {rejection.reasons
                  .map((shown) => reasonWords(shown, i18n.language))
                  .map((reason) => (
                    <li key={`${reason.code}:${reason.message}`}>
                      <ReasonWithSuggestion reason={reason} />
                    </li>
                  ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
