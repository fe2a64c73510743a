// /admin/calendar: the holiday calendar every working-day deadline is counted on. The years with where each comes
// from, and for the year chosen (?year=2027) its editor and its published versions.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { errorMessage } from '../../lib/error-message.ts';
import { useCalendarOverview, useCalendarYear } from './api/calendar-api.ts';
import { CalendarYearsTable } from './components/calendar-years-table.tsx';
import { CoverageNotice } from './components/coverage-notice.tsx';
import { YearEditor } from './components/year-editor.tsx';
import { YearHistory } from './components/year-history.tsx';
import './admin-calendar.css';

/** The year in the address, when it is one the API takes. */
function yearParam(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}

function YearSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const detail = useCalendarYear(year);
  if (detail.isPending) return <Spinner label={t('adminCalendar.editor.loading')} />;
  if (detail.isError) {
    return (
      <Alert tone="error" title={t('adminCalendar.editor.loadFailed')}>
        {errorMessage(detail.error)}
      </Alert>
    );
  }
  return (
    <>
      <Card title={t('adminCalendar.editor.heading', { year })}>
        <YearEditor detail={detail.data} onReload={async () => (await detail.refetch()).data} />
      </Card>
      <Card title={t('adminCalendar.history.heading')}>
        <YearHistory year={year} history={detail.data.history} />
      </Card>
    </>
  );
}

export function CalendarPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const year = yearParam(params.get('year'));
  const overview = useCalendarOverview();
  return (
    <>
      <PageHeader title={t('adminCalendar.title')} intro={t('adminCalendar.intro')} />
      {overview.data ? <CoverageNotice coverage={overview.data.coverage} /> : null}
      <Card title={t('adminCalendar.years.heading')}>
        <CalendarYearsTable overview={overview} selectedYear={year} />
      </Card>
      {/* A new year starts a fresh editor: nothing typed for one year is published for another. */}
      {year ? <YearSection key={year} year={year} /> : null}
    </>
  );
}
