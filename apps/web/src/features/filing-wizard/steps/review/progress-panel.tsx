// Past the initial review (the photo step and on): where the filing stands, the way to the photo step while a photo
// is due, and every review round so far. The review step of such a filing is read-only; this says what comes next.
import type { FilingDetail } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../../components/ui/button-link.tsx';
import { filingStatusLabel } from '../../components/labels.ts';
import { FilingHistory } from '../../history/filing-history.tsx';
import { isPhotoDue } from '../photo/photo-states.ts';

export function ProgressPanel({ filing }: { filing: FilingDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="card" aria-labelledby="progress-title">
        <div className="card__body">
          <h2 id="progress-title">{t('filing.wizard.steps.progress')}</h2>
          <p className="submitted__status">
            {t('submission.done.status', { status: filingStatusLabel(filing.status) })}
            <span className="muted"> · {t('submission.done.orderNo', { orderNo: filing.orderNo })}</span>
          </p>
          {isPhotoDue(filing.status) ? (
            <div className="page-actions">
              <ButtonLink to={`/console/filings/${filing.id}/photo`}>
                {t(
                  filing.status === 'PHOTO_REJECTED'
                    ? 'filing.nextAction.RETAKE_PHOTO'
                    : 'filing.nextAction.TAKE_PHOTO',
                )}
              </ButtonLink>
            </div>
          ) : null}
        </div>
      </section>
      <FilingHistory filingId={filing.id} />
    </>
  );
}
