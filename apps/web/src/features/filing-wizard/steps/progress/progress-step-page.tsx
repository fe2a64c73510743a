// /console/filings/:id/progress (审核进度, step 7): what the applicant must do now, the bureau stage's panel for the
// filing's state (the MIIT SMS check, its failure, the bureau's review or rejection, the filed view) and the timeline
// of every stage with its party, Beijing times, expected end and overdue mark.
import type { BureauCheck, FilingDetail } from '@beian/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/ui/alert.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../../lib/error-message.ts';
import { filingKeys } from '../../api/filing-queries.ts';
import { useWizardContext } from '../../components/filing-wizard-layout.tsx';
import { BureauRejectedNotice, BureauReviewNotice, SmsFailedNotice } from './bureau-notices.tsx';
import { BureauSmsPanel } from './bureau-sms-panel.tsx';
import { FiledViewCard } from './filed-view-card.tsx';
import { NextActionBox } from './next-action-box.tsx';
import { ProgressTimeline } from './progress-timeline.tsx';
import { useBureauCheck, useFiledView, useProgress } from './use-progress.ts';
import './progress-step.css';

function FiledSection({ filing }: { filing: FilingDetail }) {
  const { t } = useTranslation();
  const filed = useFiledView(filing);
  if (filed.isPending) return <Spinner label={t('common.loading')} />;
  if (filed.isError)
    return <Alert tone="error">{t('progress.filed.loadFailed', { message: errorMessage(filed.error) })}</Alert>;
  return <FiledViewCard view={filed.data} />;
}

/** The panel of the bureau stage the filing is in; nothing before the bureau. */
function BureauSection({
  filing,
  expectedBy,
  workingDays,
}: {
  filing: FilingDetail;
  expectedBy: string | null;
  workingDays: number;
}) {
  const { t } = useTranslation();
  const bureau = useBureauCheck(filing);
  const queryClient = useQueryClient();
  const roundStatus = bureau.data?.check?.status;
  // The check has moved on (confirmed, failed, decided): read the filing again so the page follows its new state.
  useEffect(() => {
    if (filing.status === 'BUREAU_SMS' && roundStatus && roundStatus !== 'PENDING' && roundStatus !== 'SUBMITTED') {
      void queryClient.invalidateQueries({ queryKey: filingKeys.detail(filing.id), exact: true });
    }
  }, [filing.status, filing.id, roundStatus, queryClient]);
  if (filing.status === 'COMPLETED') return <FiledSection filing={filing} />;
  if (!bureau.isEnabled) return null;
  if (bureau.isPending) return <Spinner label={t('common.loading')} />;
  const check = bureau.data?.check ?? null;
  return <BureauPanel filing={filing} check={check} expectedBy={expectedBy} workingDays={workingDays} />;
}

function BureauPanel({
  filing,
  check,
  expectedBy,
  workingDays,
}: {
  filing: FilingDetail;
  check: BureauCheck | null;
  expectedBy: string | null;
  /** The bureau's review time by the province rules of the filing's version, as the server says. */
  workingDays: number;
}) {
  switch (filing.status) {
    case 'BUREAU_SMS':
      return <BureauSmsPanel filingId={filing.id} check={check} />;
    case 'SMS_FAILED':
      return <SmsFailedNotice check={check} />;
    case 'BUREAU_REVIEW':
      return <BureauReviewNotice dueAt={check?.bureauDueAt ?? expectedBy} workingDays={workingDays} />;
    case 'BUREAU_REJECTED':
      return <BureauRejectedNotice filingId={filing.id} check={check} />;
    default:
      return null;
  }
}

export function ProgressStepPage() {
  const { t } = useTranslation();
  const { filing } = useWizardContext();
  const progress = useProgress(filing);

  if (progress.isPending) return <Spinner label={t('common.loading')} />;
  if (progress.isError) {
    return (
      <Alert tone="error">
        <p>{t('progress.loadFailed', { message: errorMessage(progress.error) })}</p>
        <Button variant="secondary" onClick={() => void progress.refetch()}>
          {t('progress.retry')}
        </Button>
      </Alert>
    );
  }
  const { stages, nextAction, bureauReviewWorkingDays } = progress.data;
  const bureauStage = stages.find((s) => s.key === 'BUREAU_REVIEW');
  return (
    <div className="progress-step">
      <NextActionBox filingId={filing.id} action={nextAction} />
      <BureauSection
        filing={filing}
        expectedBy={bureauStage?.expectedBy ?? null}
        workingDays={bureauReviewWorkingDays}
      />
      <ProgressTimeline stages={stages} />
    </div>
  );
}
