// /review/initial and /review/second: the filings waiting for the initial or the second review, filtered through
// the address, refreshed every 15 s, and the way to claim the next one. A reviewer who just put a filing back lands
// here and is told so.
import type { ReviewStage } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useReviewQueue } from './api/review-queue-api.ts';
import { ClaimNext } from './components/claim-next.tsx';
import { QueueFilters } from './components/queue-filters.tsx';
import { QueueResults } from './components/queue-results.tsx';
import type { QueueFilters as Filters } from './queue-address.ts';
import { QueueStageContext, queueWords } from './queue-stage.ts';
import { type FiltersChange, useAddressFilters } from './use-address-filters.ts';
import './review-queue.css';

type QueueProps = { stage: ReviewStage; filters: Filters; onApply: (change: FiltersChange) => void };

function Queue({ stage, filters, onApply }: QueueProps) {
  const queue = useReviewQueue(filters, stage);
  return (
    <>
      <QueueFilters current={filters} byProvince={queue.data?.counts.byProvince} onApply={onApply} />
      <QueueResults queue={queue} filters={filters} />
    </>
  );
}

export function ReviewQueuePage({ stage = 'INITIAL' }: { stage?: ReviewStage }) {
  const { t } = useTranslation();
  const words = queueWords(stage);
  const [filters, apply] = useAddressFilters();
  const returned = (useLocation().state as { returned?: string } | null)?.returned;

  return (
    <QueueStageContext.Provider value={stage}>
      <PageHeader
        title={t(`${words}.title`)}
        intro={t(`${words}.intro`)}
        actions={<ClaimNext filters={filters ?? {}} />}
      />
      {returned ? <Alert tone="info">{t('reviewQueue.returned', { orderNo: returned })}</Alert> : null}
      <p className="queue-refresh">{t('reviewQueue.autoRefresh')}</p>
      {filters ? (
        <Queue stage={stage} filters={filters} onApply={apply} />
      ) : (
        <Card>
          <Alert tone="error">{t('reviewQueue.invalidLink')}</Alert>
          <QueueFilters current={{}} byProvince={undefined} onApply={apply} />
        </Card>
      )}
    </QueueStageContext.Provider>
  );
}
