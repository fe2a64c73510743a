// /console/filings/:id/review (提交审核): every detail and material of the filing with links to change them, then
// the agreement and the submission; once submitted, the status and when the initial review's result is due.
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/ui/alert.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../../lib/error-message.ts';
import { useMaterials } from '../../api/materials-queries.ts';
import { useWizardContext } from '../../components/filing-wizard-layout.tsx';
import { FilingHistory } from '../../history/filing-history.tsx';
import { isRejected } from '../../rejection/rejection-scope.ts';
import { hasReachedPhoto } from '../photo/photo-states.ts';
import { ProgressPanel } from './progress-panel.tsx';
import { ReviewMaterials } from './review-materials.tsx';
import { ReviewSummary } from './review-summary.tsx';
import { SubmitPanel } from './submit-panel.tsx';
import { SubmittedPanel } from './submitted-panel.tsx';
import { useSubmission } from './use-submit-filing.ts';

export function ReviewStepPage() {
  const { t } = useTranslation();
  const { filing, editable } = useWizardContext();
  const materials = useMaterials(filing.id);
  const submitted = useSubmission(filing.id);
  // A rejected filing is submitted again from here, like a draft.
  const isDraft = (filing.status === 'DRAFT' || isRejected(filing)) && !submitted;
  return (
    <div className="wizard-form review-page">
      {isDraft ? <p className="step-intro">{t('submission.intro')}</p> : null}
      {filing.status === 'INITIAL_REVIEW' || submitted ? (
        <SubmittedPanel filing={filing} submitted={submitted} />
      ) : null}
      {hasReachedPhoto(filing.status) && !submitted ? <ProgressPanel filing={filing} /> : null}
      <ReviewSummary filing={filing} editable={editable && isDraft} />
      {materials.isPending ? <Spinner label={t('common.loading')} /> : null}
      {materials.isError ? (
        <Alert tone="error">{t('submission.materials.loadFailed', { message: errorMessage(materials.error) })}</Alert>
      ) : null}
      {materials.data ? (
        <ReviewMaterials filing={filing} materials={materials.data} editable={editable && isDraft} />
      ) : null}
      {isDraft && editable ? <SubmitPanel filing={filing} materials={materials.data} /> : null}
      {/* A rejected filing keeps its earlier rounds in view while it is being fixed. */}
      {isRejected(filing) && !submitted ? <FilingHistory filingId={filing.id} /> : null}
    </div>
  );
}
