// /console/filings/:id/photo (办理拍照): once the initial review has approved the filing, when it did, the order
// number to bring, the photo methods this filing may use and how each works, and what follows. Once a photo is in,
// the photo and where it stands: in second review (with its due time), rejected (the reasons, and the methods again
// for the retake), or approved. Before the approval the API refuses the step (PHOTO_STEP_NOT_OPEN) and the page
// points back to the submission.
import type { PhotoStep } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../../components/ui/alert.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { Card } from '../../../../components/ui/card.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { isApiError } from '../../../../lib/api-error.ts';
import { errorMessage } from '../../../../lib/error-message.ts';
import { useWizardContext } from '../../components/filing-wizard-layout.tsx';
import { ApprovalNotice } from './approval-notice.tsx';
import { OrderNumberCard } from './order-number-card.tsx';
import { PhotoMethodCard } from './photo-method-card.tsx';
import { PhotoNextSteps } from './photo-next-steps.tsx';
import { isPhotoDue } from './photo-states.ts';
import { SubmittedPhoto, showsSubmittedPhoto } from './submitted/submitted-photo.tsx';
import { usePhotoStep } from './use-photo-step.ts';
import './photo-step.css';

function PhotoMethods({ step }: { step: PhotoStep }) {
  const { t } = useTranslation();
  return (
    <Card title={t('photo.methods.title')}>
      <p className="step-intro">{t('photo.methods.intro')}</p>
      <div className="photo-methods">
        {step.methods.map((check) => (
          <PhotoMethodCard key={check.name} check={check} step={step} />
        ))}
      </div>
    </Card>
  );
}

export function PhotoStepPage() {
  const { t } = useTranslation();
  const { filing } = useWizardContext();
  const step = usePhotoStep(filing);

  if (step.isPending) return <Spinner label={t('common.loading')} />;
  if (step.isError) {
    if (isApiError(step.error, 'PHOTO_STEP_NOT_OPEN')) {
      return (
        <Alert tone="info">
          <p>{errorMessage(step.error)}</p>
          <p>
            <Link to={`/console/filings/${filing.id}/review`}>{t('photo.notOpen.back')}</Link>
          </p>
        </Alert>
      );
    }
    return (
      <Alert tone="error">
        <p>{t('photo.loadFailed', { message: errorMessage(step.error) })}</p>
        <Button variant="secondary" onClick={() => void step.refetch()}>
          {t('photo.retry')}
        </Button>
      </Alert>
    );
  }

  const data = step.data;
  const due = isPhotoDue(data.status);
  return (
    <div className="photo-step">
      <ApprovalNotice step={data} statusNote={!showsSubmittedPhoto(data)} />
      <SubmittedPhoto step={data} />
      {due ? <OrderNumberCard orderNo={data.orderNo} /> : null}
      {due ? <PhotoMethods step={data} /> : null}
      {due || data.status === 'SECOND_REVIEW' ? <PhotoNextSteps /> : null}
    </div>
  );
}
