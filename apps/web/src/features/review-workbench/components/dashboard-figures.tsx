// The review figures as cards (waiting for initial review, waiting for second review, overdue), the bureau stage's
// (in the SMS check, failed check to resubmit, in the bureau's review, overdue), and under them today's decisions per
// reviewer, with how far the holiday calendar reaches above them. Shared by the reviewer workbench and the admin
// overview (the router hands it over).
import type { ReviewDashboard } from '@beian/contracts';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { useReviewDashboard } from '../api/use-review-dashboard.ts';
import '../review-workbench.css';
import { CalendarCoverageLine } from './calendar-coverage-line.tsx';
import { DecisionsTodayTable } from './decisions-today-table.tsx';

type FigureProps = { label: string; hint: string; value: number; alert?: boolean; action?: ReactNode };

function Figure({ label, hint, value, alert = false, action }: FigureProps) {
  const { i18n } = useTranslation();
  return (
    <div className={['card', 'stat', alert ? 'stat--alert' : undefined].filter(Boolean).join(' ')}>
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value">{new Intl.NumberFormat(i18n.language).format(value)}</dd>
      <dd className="stat__hint">{hint}</dd>
      {action ? <dd className="stat__action">{action}</dd> : null}
    </div>
  );
}

/** A titled group of figures; `level` keeps the headings in order under the page's own (h1, or an h2 section). */
function FigureGroup({ title, level, children }: { title: string; level: 2 | 3; children: ReactNode }) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="figure-group" aria-labelledby={id}>
      <Heading id={id} className="figure-group__title">
        {title}
      </Heading>
      <dl className="card-grid card-grid--4 stats">{children}</dl>
    </section>
  );
}

function BureauFigures({
  bureau,
  returnedHref,
  level,
}: {
  bureau: ReviewDashboard['bureau'];
  returnedHref: string;
  level: 2 | 3;
}) {
  const { t } = useTranslation();
  return (
    <FigureGroup title={t('review.figures.bureau')} level={level}>
      <Figure label={t('review.dashboard.bureauSms')} hint={t('review.dashboard.bureauSmsHint')} value={bureau.sms} />
      <Figure
        label={t('review.dashboard.bureauSmsFailed')}
        hint={t('review.dashboard.bureauSmsFailedHint')}
        value={bureau.smsFailed}
        alert={bureau.smsFailed > 0}
        action={<Link to={returnedHref}>{t('review.dashboard.bureauSmsFailedLink')}</Link>}
      />
      <Figure
        label={t('review.dashboard.bureauReview')}
        hint={t('review.dashboard.bureauReviewHint')}
        value={bureau.review}
      />
      <Figure
        label={t('review.dashboard.bureauOverdue')}
        hint={t('review.dashboard.bureauOverdueHint')}
        value={bureau.overdue}
        alert={bureau.overdue > 0}
      />
    </FigureGroup>
  );
}

type DashboardFiguresProps = {
  /** Where the failed SMS checks are handled in this console: /review/returned, or /admin/returned. */
  returnedHref: string;
  /** Inside a page section that has its own h2 (the admin overview), the groups take h3. */
  nested?: boolean;
  /** Where the holiday calendar is maintained, for a reader who may (the admin overview). */
  calendarHref?: string;
};

export function DashboardFigures({ returnedHref, nested = false, calendarHref }: DashboardFiguresProps) {
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
  const { queues, overdue, bureau, decisionsToday, calendar } = dashboard.data;
  const level = nested ? 3 : 2;
  return (
    <>
      <CalendarCoverageLine calendar={calendar} href={calendarHref} />
      <FigureGroup title={t('review.figures.reviews')} level={level}>
        <Figure label={t('review.dashboard.initial')} hint={t('review.dashboard.initialHint')} value={queues.initial} />
        <Figure label={t('review.dashboard.second')} hint={t('review.dashboard.secondHint')} value={queues.second} />
        <Figure
          label={t('review.dashboard.overdue')}
          hint={t('review.dashboard.overdueHint')}
          value={overdue}
          alert={overdue > 0}
        />
      </FigureGroup>
      <BureauFigures bureau={bureau} returnedHref={returnedHref} level={level} />
      <DecisionsTodayTable decisions={decisionsToday} />
    </>
  );
}
