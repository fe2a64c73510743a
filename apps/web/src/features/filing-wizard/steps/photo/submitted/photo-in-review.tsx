// SECOND_REVIEW: the photo is in and the second review runs; when it ends, in the shared words for a due time.
import type { PhotoStep } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../../components/ui/alert.tsx';

export function PhotoInReview({ step }: { step: Pick<PhotoStep, 'secondReviewDueAt'> }) {
  const { t } = useTranslation();
  return (
    <Alert tone="info" title={t('photoRecord.inReview.title')}>
      {step.secondReviewDueAt
        ? t('photoRecord.inReview.due', { due: formatBeijing(step.secondReviewDueAt, 'dateTime', { deadline: true }) })
        : t('photoRecord.inReview.noDue')}
    </Alert>
  );
}
