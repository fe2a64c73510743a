// How far the holiday calendar the due times are counted on reaches: one quiet line while it covers this year (and,
// from 1 November, next year), a notice otherwise; where the reader may fix it (the admin overview), a link to do so.
import type { ReviewDashboard } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';

type Props = { calendar: ReviewDashboard['calendar']; href?: string };

export function CalendarCoverageLine({ calendar, href }: Props) {
  const { t } = useTranslation();
  if (!calendar.warn && calendar.coveredThrough !== null) {
    return <p className="muted calendar-coverage">{t('review.calendar.covered', { year: calendar.coveredThrough })}</p>;
  }
  const missing =
    calendar.coveredThrough === null
      ? t('review.calendar.missingCurrent', { year: calendar.currentYear })
      : t('review.calendar.missingNext', { year: calendar.nextYear });
  return (
    <Alert tone={calendar.coveredThrough === null ? 'error' : 'info'} title={t('review.calendar.warnTitle')}>
      <p>
        {missing} {href ? null : t('review.calendar.askAdmin')}
      </p>
      {href ? (
        <p>
          <Link to={href}>{t('review.calendar.open')}</Link>
        </p>
      ) : null}
    </Alert>
  );
}
