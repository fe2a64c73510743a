// Every published version of a year, newest first: who published it when, why, and how many days each list held.
import type { CalendarVersion } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { OwnWords } from '../../../components/ui/own-words.tsx';
import { TableFrame } from '../../../components/ui/table-frame.tsx';

export function YearHistory({ year, history }: { year: number; history: readonly CalendarVersion[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <EmptyState title={t('adminCalendar.history.empty')} />;
  return (
    <TableFrame caption={t('adminCalendar.history.caption', { year })}>
      <thead>
        <tr>
          <th scope="col">{t('adminCalendar.history.columns.version')}</th>
          <th scope="col">{t('adminCalendar.history.columns.published')}</th>
          <th scope="col">{t('adminCalendar.history.columns.reason')}</th>
          <th scope="col">{t('adminCalendar.history.columns.holidays')}</th>
          <th scope="col">{t('adminCalendar.history.columns.makeUpWorkdays')}</th>
        </tr>
      </thead>
      <tbody>
        {history.map((v) => (
          <tr key={v.version}>
            <th scope="row">{t('adminCalendar.history.version', { version: v.version })}</th>
            <td>
              {v.author.displayName}
              <br />
              <time dateTime={v.publishedAt}>{formatBeijing(v.publishedAt)}</time>
            </td>
            <td className="calendar-years__reason">
              <OwnWords text={v.reason} />
            </td>
            <td>{t('adminCalendar.years.days', { count: v.holidays.length })}</td>
            <td>{t('adminCalendar.years.days', { count: v.makeUpWorkdays.length })}</td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
