// /admin/review-assignments: an admin hands a filing in initial review to another reviewer (an absent colleague's
// claims, an uneven load), seeing who holds what before choosing.
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useInitialQueue, useReviewers } from './api/review-assignments-api.ts';
import { useReassign } from './api/use-reassign.ts';
import { QueueForAssignment } from './components/queue-for-assignment.tsx';
import { ReassignNotice } from './components/reassign-notice.tsx';
import { ReviewerLoad } from './components/reviewer-load.tsx';
// The time-left cell borrowed from the review queue is styled there.
import './review-assignments.css';

export function ReviewAssignmentsPage() {
  const { t } = useTranslation();
  const queue = useInitialQueue();
  const reviewers = useReviewers();
  const { mutation, notice } = useReassign();

  return (
    <>
      <PageHeader title={t('reviewAssignments.title')} intro={t('reviewAssignments.intro')} />
      <Card title={t('reviewAssignments.reviewers.heading')}>
        <ReviewerLoad reviewers={reviewers} />
      </Card>
      <Card title={t('reviewAssignments.queue.heading')}>
        <ReassignNotice notice={notice} />
        <QueueForAssignment
          queue={queue}
          reviewers={reviewers.data?.reviewers ?? []}
          busyId={mutation.isPending ? mutation.variables.filingId : undefined}
          onAssign={(item, reviewerId) => mutation.mutate({ filingId: item.id, orderNo: item.orderNo, reviewerId })}
        />
      </Card>
    </>
  );
}
