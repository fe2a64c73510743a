// /review: the reviewer's figures: how many filings wait for each review and at the bureau, and how many are overdue.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { DashboardFigures } from './components/dashboard-figures.tsx';

export function WorkbenchPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('review.workbench.title')} intro={t('review.workbench.intro')} />
      <DashboardFigures returnedHref="/review/returned" />
    </>
  );
}
