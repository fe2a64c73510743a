// /console/filings/:id/materials (step 3): the required list for this filing, grouped, each entry saying what to
// upload and why, with drag-and-drop or a file picker per slot; then on to review and submit.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert } from '../../../../components/ui/alert.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../../lib/error-message.ts';
import { useMaterials } from '../../api/materials-queries.ts';
import { useWizardContext } from '../../components/filing-wizard-layout.tsx';
import { StepFooter } from '../../footer/step-footer.tsx';
import { MaterialGroupCard } from './material-group-card.tsx';
import { groupMaterials } from './material-groups.ts';
import { materialsMissing } from './materials-missing.ts';

/** Opens the entry an address's #anchor names (links from the review page and the missing list). */
function useScrollToAnchor(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView?.({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [ready, hash]);
}

export function MaterialsStepPage() {
  const { t } = useTranslation();
  const { filing, editable } = useWizardContext();
  const materials = useMaterials(filing.id);
  useScrollToAnchor(materials.isSuccess);

  if (materials.isPending) return <Spinner label={t('common.loading')} />;
  if (materials.isError) {
    return (
      <Alert tone="error">
        <p>{t('materials.loadFailed', { message: errorMessage(materials.error) })}</p>
        <Button variant="secondary" onClick={() => void materials.refetch()}>
          {t('materials.retry')}
        </Button>
      </Alert>
    );
  }

  const { items, missing } = materials.data;
  const groups = groupMaterials(items, filing.websites);
  return (
    <div className="wizard-form">
      <p className="step-intro">{t('materials.intro')}</p>
      {editable && !filing.steps.websites ? <Alert tone="info">{t('materials.websitesFirst')}</Alert> : null}
      {editable ? null : <Alert tone="info">{t('materials.readOnly')}</Alert>}
      {groups.map((group) => (
        <MaterialGroupCard
          key={group.website?.websiteFilingNo ?? group.type}
          filingId={filing.id}
          group={group}
          editable={editable}
        />
      ))}
      <StepFooter
        status={
          <p className={`materials-summary${missing === 0 ? ' materials-summary--done' : ''}`} aria-live="polite">
            {missing === 0 ? t('materials.summary.done') : t('materials.summary.missing', { count: missing })}
          </p>
        }
        complete={missing === 0}
        missing={materialsMissing(items)}
        advisory
        next={{ label: t('materials.next'), to: `/console/filings/${filing.id}/review` }}
      />
    </div>
  );
}
