// What came of the last reassignment. The region is always in the page so screen readers announce the message
// when it appears; a refusal is an alert and carries the API's reason, translated.

import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import type { ReassignNotice as Notice } from '../api/use-reassign.ts';

export function ReassignNotice({ notice }: { notice: Notice | null }) {
  const { t } = useTranslation();
  return (
    <div className="reassign-notice" aria-live="polite">
      {notice?.kind === 'done' ? (
        <Alert tone="success">
          {t('reviewAssignments.assign.done', {
            orderNo: notice.orderNo,
            name: notice.name,
            time: formatBeijing(notice.expiresAt, 'time'),
          })}
        </Alert>
      ) : null}
      {notice?.kind === 'failed' ? (
        <Alert tone="error" title={t('reviewAssignments.assign.failed', { orderNo: notice.orderNo })}>
          {errorMessage(notice.error)}
        </Alert>
      ) : null}
    </div>
  );
}
