// The queue under the filters in the address: loading, failure, nothing waiting, or the counts and the table.

import type { ReviewQueue } from '@beian/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { hasFilters, type QueueFilters } from '../queue-address.ts';
import { queueWords, useQueueStage } from '../queue-stage.ts';
import { QueueTable } from './queue-table.tsx';

type QueueResultsProps = { queue: UseQueryResult<ReviewQueue>; filters: QueueFilters };

export function QueueResults({ queue, filters }: QueueResultsProps) {
  const { t } = useTranslation();
  const words = queueWords(useQueueStage());
  if (queue.isPending) return <Spinner label={t(`${words}.loading`)} />;
  if (queue.isError) {
    return (
      <Alert tone="error" title={t(`${words}.loadFailed`)}>
        {errorMessage(queue.error)}
      </Alert>
    );
  }
  const { items, counts, nextCursor } = queue.data;
  // Filtered to nothing reads the same in both queues; an empty queue names its review.
  const empty = hasFilters(filters) ? ('reviewQueue.emptyFiltered' as const) : (`${words}.empty` as const);
  return (
    <div className="card queue-results">
      <p className="queue-results__counts" role="status">
        {t(`${words}.counts.total`, { count: counts.total })}
        {counts.overdue > 0 ? (
          <strong className="queue-results__overdue">
            {' · '}
            {t('reviewQueue.counts.overdue', { count: counts.overdue })}
          </strong>
        ) : null}
      </p>
      {items.length === 0 ? (
        <EmptyState title={t(`${empty}.title`)}>
          <p>{t(`${empty}.body`)}</p>
        </EmptyState>
      ) : (
        <QueueTable items={items} busy={queue.isPlaceholderData} />
      )}
      {nextCursor ? (
        <p className="queue-results__more">{t('reviewQueue.counts.more', { shown: items.length })}</p>
      ) : null}
    </div>
  );
}
