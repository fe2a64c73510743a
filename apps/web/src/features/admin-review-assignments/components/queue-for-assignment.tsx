// The queue under its loading, failure and empty states, with the table once it is there.
import type { ReviewerSummary, ReviewQueue, ReviewQueueItem } from '@beian/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { AssignmentTable } from './assignment-table.tsx';

type QueueForAssignmentProps = {
  queue: UseQueryResult<ReviewQueue>;
  reviewers: ReviewerSummary[];
  busyId: string | undefined;
  onAssign: (item: ReviewQueueItem, reviewerId: string) => void;
};

export function QueueForAssignment({ queue, ...table }: QueueForAssignmentProps) {
  const { t } = useTranslation();
  if (queue.isPending) return <Spinner label={t('reviewAssignments.queue.loading')} />;
  if (queue.isError) {
    return (
      <Alert tone="error" title={t('reviewAssignments.queue.loadFailed')}>
        {errorMessage(queue.error)}
      </Alert>
    );
  }
  const { items, nextCursor } = queue.data;
  if (items.length === 0) {
    return (
      <EmptyState title={t('reviewAssignments.queue.empty.title')}>
        <p>{t('reviewAssignments.queue.empty.body')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <AssignmentTable items={items} {...table} />
      {nextCursor ? <p className="muted">{t('reviewAssignments.queue.more', { shown: items.length })}</p> : null}
    </>
  );
}
