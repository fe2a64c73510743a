// /console: the applicant's filings with the next step of each, the way to start one, and — before the first —
// what access filing is and how it runs.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ButtonLink } from '../../components/ui/button-link.tsx';
import { Card } from '../../components/ui/card.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { errorMessage } from '../../lib/error-message.ts';
import { useIsPhone } from '../../lib/use-media-query.ts';
import { FilingCards } from './filing-cards.tsx';
import { FilingSteps } from './filing-steps.tsx';
import { FilingsTable } from './filings-table.tsx';
import { useMyFilings } from './my-filings-api.ts';

export function MyFilingsPage() {
  const { t } = useTranslation();
  const filings = useMyFilings();
  const phone = useIsPhone();
  const abandoned = (useLocation().state as { abandoned?: string } | null)?.abandoned;
  const start = <ButtonLink to="/console/filings/new">{t('applicant.home.start')}</ButtonLink>;
  const empty = filings.data?.length === 0;

  return (
    <>
      <PageHeader title={t('applicant.home.title')} intro={t('applicant.home.intro')} actions={empty ? null : start} />
      {abandoned ? <Alert tone="success">{t('filing.list.abandoned', { orderNo: abandoned })}</Alert> : null}
      <Card>
        {filings.isPending ? <Spinner label={t('common.loading')} /> : null}
        {filings.isError ? (
          <Alert tone="error">
            <p>{t('filing.list.loadFailed', { message: errorMessage(filings.error) })}</p>
            <Button variant="secondary" onClick={() => void filings.refetch()}>
              {t('filing.list.retry')}
            </Button>
          </Alert>
        ) : null}
        {filings.data && !empty ? (
          phone ? (
            <FilingCards filings={filings.data} />
          ) : (
            <FilingsTable filings={filings.data} />
          )
        ) : null}
        {empty ? (
          <EmptyState title={t('applicant.home.emptyTitle')} action={start}>
            <p>{t('applicant.home.emptyBody')}</p>
            <p>
              <Link to="/console/filings/new">{t('filing.list.prepareLink')}</Link>
            </p>
          </EmptyState>
        ) : null}
      </Card>
      {filings.data && !empty ? null : (
        <Card title={t('applicant.home.stepsTitle')}>
          <FilingSteps />
        </Card>
      )}
    </>
  );
}
