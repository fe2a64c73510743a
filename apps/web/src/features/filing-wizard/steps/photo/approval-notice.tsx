// The head of step 4: the initial review passed (when, on the Beijing clock), and where the photo stands when it is
// no longer simply due.
import type { PhotoStep } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/ui/alert.tsx';
import { filingStatusLabel } from '../../components/labels.ts';
import { isPhotoTaken } from './photo-states.ts';

function useStatusNote(status: string): string | null {
  const { t } = useTranslation();
  if (status === 'PHOTO_REJECTED') return t('photo.status.PHOTO_REJECTED');
  if (status === 'SECOND_REVIEW') return t('photo.status.SECOND_REVIEW');
  if (isPhotoTaken(status)) return t('photo.status.beyond', { status: filingStatusLabel(status) });
  return null;
}

type ApprovalNoticeProps = {
  step: Pick<PhotoStep, 'approvedAt' | 'status'>;
  /** False when the page shows the submitted photo's own notice, which says where the photo stands in more detail. */
  statusNote?: boolean;
};

export function ApprovalNotice({ step, statusNote = true }: ApprovalNoticeProps) {
  const { t } = useTranslation();
  const note = useStatusNote(step.status);
  return (
    <div className="photo-step__notices">
      <Alert tone="success" title={t('photo.approved.title')}>
        {t('photo.approved.body', { time: formatBeijing(step.approvedAt) })}
      </Alert>
      {note && statusNote ? <Alert tone="info">{note}</Alert> : null}
    </div>
  );
}
