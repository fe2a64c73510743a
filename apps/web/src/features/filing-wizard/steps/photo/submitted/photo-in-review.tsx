// SECOND_REVIEW: the photo is in and the second review runs; when it ends, in the shared words for a due time.
import type { PhotoStep } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../../components/ui/alert.tsx';
import { formatDueTime } from '../../../../../lib/due-time.ts';

export function PhotoInReview({ step }: { step: Pick<PhotoStep, 'secondReviewDueAt'> }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert tone="info" title={t('photoRecord.inReview.title')}>
      {step.secondReviewDueAt
        ? t('photoRecord.inReview.due', { due: formatDueTime(step.secondReviewDueAt, i18n.language) })
        : t('photoRecord.inReview.noDue')}
    </Alert>
  );
}
