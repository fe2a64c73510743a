// After submission: the status (初审中), when the initial review's result is due on the Beijing clock, that the
// confirmation went out by email and SMS, and below it every review round so far (审核记录).
import type { FilingDetail, SubmitResponse } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../../components/ui/button-link.tsx';
import { DonePanel } from '../../components/done-panel.tsx';
import { filingStatusLabel } from '../../components/labels.ts';
import { FilingHistory } from '../../history/filing-history.tsx';
import { WithdrawFiling } from '../../withdraw/withdraw-filing.tsx';

type Props = { filing: FilingDetail; submitted: SubmitResponse | null | undefined };

export function SubmittedPanel({ filing, submitted }: Props) {
  const { t } = useTranslation();
  const status = submitted?.status ?? filing.status;
  // The submit answer has the due time at once; after a reload the filing itself carries it.
  const dueAt = submitted?.initialReviewDueAt ?? filing.reviewDueAt;
  return (
    <>
      <DonePanel title={t('submission.done.title')} className="submitted">
        <p className="submitted__status">
          {t('submission.done.status', { status: filingStatusLabel(status) })}
          <span className="muted"> · {t('submission.done.orderNo', { orderNo: filing.orderNo })}</span>
        </p>
        <p className="submitted__due">
          {dueAt
            ? t('submission.done.due', { due: formatBeijing(dueAt, 'dateTime', { deadline: true }) })
            : t('submission.done.noDue')}
        </p>
        <p>{t('submission.done.notified')}</p>
        <p className="muted">{t('submission.done.next')}</p>
        <div className="page-actions">
          <ButtonLink to="/console">{t('submission.done.back')}</ButtonLink>
          <WithdrawFiling filing={filing} />
        </div>
      </DonePanel>
      <FilingHistory filingId={filing.id} />
    </>
  );
}
