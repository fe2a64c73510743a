// /console/filings/:id/*: loads the filing once for every step, and frames the step with the order's name, the
// stepper, the locked verify inputs and the abandon action. A filing that cannot change says why (an expired one, how
// to start again).
import type { FilingDetail } from '@beian/contracts';
import { IDLE_EXPIRY_DAYS, isEditableState, isFilingState, isPreBureauState } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatches, useOutletContext, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { ButtonLink } from '../../../components/ui/button-link.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { PageSuspense } from '../../../components/ui/page-suspense.tsx';
import { PageSpinner } from '../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { useFiling } from '../api/filing-queries.ts';
import { useMaterials } from '../api/materials-queries.ts';
import { SavedNotice } from '../footer/saved-notice.tsx';
import { RejectionBanner } from '../rejection/rejection-banner.tsx';
import { AbandonFiling } from './abandon-filing.tsx';
import { filingStatusLabel, filingTypeLabel } from './labels.ts';
import { LockedVerifySummary } from './locked-verify-summary.tsx';
import { type WizardStep, WizardStepper } from './wizard-stepper.tsx';

export type WizardContext = { filing: FilingDetail; editable: boolean };

/** The filing and whether it may be edited, for the step inside the layout. */
export const useWizardContext = () => useOutletContext<WizardContext>();

function useCurrentStep(): WizardStep {
  const matches = useMatches();
  const handle = matches[matches.length - 1]?.handle as { step?: WizardStep } | undefined;
  return handle?.step ?? 'subject';
}

export function FilingWizardLayout() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const step = useCurrentStep();
  const filing = useFiling(id);
  // While the filing can change, the stepper ticks the materials off by the server's count of missing ones.
  const materials = useMaterials(id, filing.data !== undefined && isEditableState(filing.data.status));

  if (filing.isPending) return <PageSpinner label={t('common.loading')} />;
  if (filing.isError) {
    return (
      <>
        <PageHeader title={t(`filing.wizard.steps.${step}`)} />
        <Alert tone="error">{t('filing.wizard.loadFailed', { message: errorMessage(filing.error) })}</Alert>
        <p className="page-actions">
          <ButtonLink to="/console" variant="secondary">
            {t('filing.wizard.backToList')}
          </ButtonLink>
        </p>
      </>
    );
  }

  const data = filing.data;
  const known = isFilingState(data.status);
  const editable = known && isEditableState(data.status);
  const meta = [data.orderNo, filingTypeLabel(data.type), filingStatusLabel(data.status), data.domain].join(' · ');
  return (
    <>
      <PageHeader
        title={t(`filing.wizard.steps.${step}`)}
        intro={meta}
        actions={known && isPreBureauState(data.status) ? <AbandonFiling filing={data} /> : null}
      />
      <WizardStepper current={step} filing={data} materialsComplete={editable && materials.data?.missing === 0} />
      <SavedNotice />
      {data.status === 'EXPIRED' ? (
        <Alert tone="info">
          <p>{t('filing.wizard.expired', { days: IDLE_EXPIRY_DAYS })}</p>
          <p>
            <Link to="/console/filings/new">{t('filing.wizard.startAgain')}</Link>
          </p>
        </Alert>
      ) : editable ? null : (
        <Alert tone="info">{t('filing.wizard.notEditable', { status: filingStatusLabel(data.status) })}</Alert>
      )}
      <RejectionBanner filing={data} />
      <LockedVerifySummary filing={data} />
      <PageSuspense>
        <Outlet context={{ filing: data, editable } satisfies WizardContext} />
      </PageSuspense>
    </>
  );
}
