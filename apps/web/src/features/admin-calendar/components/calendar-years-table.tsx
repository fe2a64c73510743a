// The years of the holiday calendar: where each year's schedule comes from (a published version, the built-in data,
// nothing), how many days off and make-up working days it has, who published it when and why, and the way to edit it.
import type { CalendarOverview, CalendarYearSummary } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { OwnWords } from '../../../components/ui/own-words.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { errorMessage } from '../../../lib/error-message.ts';

function YearRow({ row, selected }: { row: CalendarYearSummary; selected: boolean }) {
  const { t } = useTranslation();
  const none = t('adminCalendar.years.none');
  return (
    <tr aria-current={selected || undefined}>
      <th scope="row">{row.year}</th>
      <td>
        <span className={`calendar-source calendar-source--${row.source.toLowerCase()}`}>
          {t(`adminCalendar.years.sources.${row.source}`, { version: row.version })}
        </span>
      </td>
      <td>{t('adminCalendar.years.days', { count: row.holidays })}</td>
      <td>{t('adminCalendar.years.days', { count: row.makeUpWorkdays })}</td>
      <td>
        {row.author && row.publishedAt ? (
          <>
            {row.author.displayName}
            <br />
            <time dateTime={row.publishedAt}>{formatBeijing(row.publishedAt)}</time>
          </>
        ) : (
          none
        )}
      </td>
      <td className="calendar-years__reason">{row.reason ? <OwnWords text={row.reason} /> : none}</td>
      <td>
        <Link to={`?year=${row.year}`}>
          {t('adminCalendar.years.edit')}{' '}
          <span className="visually-hidden">{t('adminCalendar.years.editYear', { year: row.year })}</span>
        </Link>
      </td>
    </tr>
  );
}

type Props = { overview: UseQueryResult<CalendarOverview>; selectedYear: number | null };

export function CalendarYearsTable({ overview, selectedYear }: Props) {
  const { t } = useTranslation();
  if (overview.isPending) return <Spinner label={t('adminCalendar.years.loading')} />;
  if (overview.isError) {
    return (
      <Alert tone="error" title={t('adminCalendar.years.loadFailed')}>
        {errorMessage(overview.error)}
      </Alert>
    );
  }
  return (
    <TableFrame caption={t('adminCalendar.years.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('adminCalendar.years.columns.year')}</th>
          <th scope="col">{t('adminCalendar.years.columns.source')}</th>
          <th scope="col">{t('adminCalendar.years.columns.holidays')}</th>
          <th scope="col">{t('adminCalendar.years.columns.makeUpWorkdays')}</th>
          <th scope="col">{t('adminCalendar.years.columns.published')}</th>
          <th scope="col">{t('adminCalendar.years.columns.reason')}</th>
          <th scope="col">{t('adminCalendar.years.columns.action')}</th>
        </tr>
      </thead>
      <tbody>
        {overview.data.years.map((row) => (
          <YearRow key={row.year} row={row} selected={row.year === selectedYear} />
        ))}
      </tbody>
    </TableFrame>
  );
}
