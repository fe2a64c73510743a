// Past the second review: the photo passed; at BUREAU_SMS the filing waits for the MIIT SMS check, later it is with
// the bureau.
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../../components/ui/alert.tsx';

export function PhotoApproved({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Alert tone="success" title={t('photoRecord.approved.title')}>
      {status === 'BUREAU_SMS' ? t('photoRecord.approved.smsWait') : t('photoRecord.approved.later')}
    </Alert>
  );
}
