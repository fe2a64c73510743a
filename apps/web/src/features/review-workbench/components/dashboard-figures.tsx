// The three review figures as cards (waiting for initial review, waiting for second review, overdue) and under them
// today's decisions per reviewer. Shared by the reviewer workbench and the admin overview (the router hands it over).
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { useReviewDashboard } from '../api/use-review-dashboard.ts';
import '../review-workbench.css';
import { DecisionsTodayTable } from './decisions-today-table.tsx';

type FigureProps = { label: string; hint: string; value: number; alert?: boolean };

function Figure({ label, hint, value, alert = false }: FigureProps) {
  const { i18n } = useTranslation();
  return (
    <div className={['card', 'stat', alert ? 'stat--alert' : undefined].filter(Boolean).join(' ')}>
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value">{new Intl.NumberFormat(i18n.language).format(value)}</dd>
      <dd className="stat__hint">{hint}</dd>
    </div>
  );
}

export function DashboardFigures() {
  const { t } = useTranslation();
  const dashboard = useReviewDashboard();
  if (dashboard.isPending) return <Spinner label={t('review.dashboard.loading')} />;
  if (dashboard.isError) {
    return (
      <Alert tone="error" title={t('review.dashboard.loadFailed')}>
        {errorMessage(dashboard.error)}
      </Alert>
    );
  }
  const { queues, overdue, decisionsToday } = dashboard.data;
  return (
    <>
      <dl className="card-grid card-grid--3 stats">
        <Figure label={t('review.dashboard.initial')} hint={t('review.dashboard.initialHint')} value={queues.initial} />
        <Figure label={t('review.dashboard.second')} hint={t('review.dashboard.secondHint')} value={queues.second} />
        <Figure
          label={t('review.dashboard.overdue')}
          hint={t('review.dashboard.overdueHint')}
          value={overdue}
          alert={overdue > 0}
        />
      </dl>
      <DecisionsTodayTable decisions={decisionsToday} />
    </>
  );
}
