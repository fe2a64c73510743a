// /review/initial: the filings waiting for initial review, filtered through the address, refreshed every 15 s,
// and the way to claim the next one. A reviewer who just put a filing back lands here and is told so.
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useReviewQueue } from './api/review-queue-api.ts';
import { ClaimNext } from './components/claim-next.tsx';
import { QueueFilters } from './components/queue-filters.tsx';
import { QueueResults } from './components/queue-results.tsx';
import { addressFor, type QueueFilters as Filters, filtersFromAddress } from './queue-address.ts';
import './review-queue.css';

function Queue({ filters, onApply }: { filters: Filters; onApply: (filters: Filters) => void }) {
  const queue = useReviewQueue(filters);
  return (
    <>
      <QueueFilters current={filters} byProvince={queue.data?.counts.byProvince} onApply={onApply} />
      <QueueResults queue={queue} filters={filters} />
    </>
  );
}

export function ReviewQueuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const returned = (useLocation().state as { returned?: string } | null)?.returned;
  const filters = filtersFromAddress(params);
  const apply = (next: Filters) => setParams(addressFor(next), { replace: true });

  return (
    <>
      <PageHeader
        title={t('reviewQueue.title')}
        intro={t('reviewQueue.intro')}
        actions={<ClaimNext filters={filters ?? {}} />}
      />
      {returned ? <Alert tone="info">{t('reviewQueue.returned', { orderNo: returned })}</Alert> : null}
      <p className="queue-refresh">{t('reviewQueue.autoRefresh')}</p>
      {filters ? (
        <Queue filters={filters} onApply={apply} />
      ) : (
        <Card>
          <Alert tone="error">{t('reviewQueue.invalidLink')}</Alert>
          <QueueFilters current={{}} byProvince={undefined} onApply={apply} />
        </Card>
      )}
    </>
  );
}
