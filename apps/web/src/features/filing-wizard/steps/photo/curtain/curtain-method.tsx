// The Curtain method's actions on the photo step: the curtain mail-out request, its dispatch and tracking, and the
// self-taken photo upload. The free curtain is once per account: after a rejected photo (or for another filing of
// the account) the panel offers the upload with the curtain already received. When an admin granted one more (the
// first was lost or came back), the form is offered again for it, postage paid by the applicant.
import type { PhotoStep } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../../components/ui/alert.tsx';
import { Button } from '../../../../../components/ui/button.tsx';
import { Spinner } from '../../../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../../../lib/error-message.ts';
import { useCurtainRequest } from './curtain-api.ts';
import { CurtainPhotoUpload } from './curtain-photo-upload.tsx';
import { CurtainRequestForm } from './curtain-request-form.tsx';
import { CurtainStatus } from './curtain-status.tsx';
import './curtain.css';

export function CurtainMethod({ step }: { step: PhotoStep }) {
  const { t } = useTranslation();
  const current = useCurtainRequest();

  if (current.isPending) return <Spinner label={t('curtain.loading')} />;
  if (current.isError) {
    return (
      <Alert tone="error">
        <p>{t('curtain.loadFailed', { message: errorMessage(current.error) })}</p>
        <Button variant="secondary" onClick={() => void current.refetch()}>
          {t('curtain.retry')}
        </Button>
      </Alert>
    );
  }

  const { request, furtherRequestGranted } = current.data;
  if (request && furtherRequestGranted) {
    return (
      <div className="curtain">
        <CurtainRequestForm filingId={step.id} further onAlreadyRequested={() => void current.refetch()} />
        <CurtainStatus request={request} filingId={step.id} />
      </div>
    );
  }
  if (!request) {
    return (
      <div className="curtain">
        <CurtainRequestForm filingId={step.id} onAlreadyRequested={() => void current.refetch()} />
      </div>
    );
  }
  if (step.status === 'PHOTO_REJECTED') {
    return (
      <div className="curtain">
        <Alert tone="info" title={t('curtain.reuse.title')}>
          {t('curtain.reuse.body')}
        </Alert>
        <CurtainPhotoUpload step={step} />
      </div>
    );
  }
  return (
    <div className="curtain">
      <CurtainStatus request={request} filingId={step.id} />
      <CurtainPhotoUpload step={step} />
    </div>
  );
}
