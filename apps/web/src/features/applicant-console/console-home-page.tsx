// /console: the applicant's filings; with none yet, what access filing is and how it runs, and where to start.
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.tsx';
import { Card } from '../../components/ui/card.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { FilingSteps } from './filing-steps.tsx';

export function ConsoleHomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('applicant.home.title')} intro={t('applicant.home.intro')} />
      <Card>
        <EmptyState
          title={t('applicant.home.emptyTitle')}
          action={<ButtonLink to="/console/filings/new">{t('applicant.home.start')}</ButtonLink>}
        >
          <p>{t('applicant.home.emptyBody')}</p>
        </EmptyState>
      </Card>
      <Card title={t('applicant.home.stepsTitle')}>
        <FilingSteps />
      </Card>
    </>
  );
}
