// How far the calendar reaches, at the top of the calendar page: a quiet line, or what is missing and why it matters.
import type { CalendarCoverage } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';

export function CoverageNotice({ coverage }: { coverage: CalendarCoverage }) {
  const { t } = useTranslation();
  if (!coverage.warn && coverage.coveredThrough !== null) {
    return <p className="muted">{t('adminCalendar.coverage.coveredThrough', { year: coverage.coveredThrough })}</p>;
  }
  return (
    <Alert tone={coverage.currentYearCovered ? 'info' : 'error'} title={t('adminCalendar.coverage.warnTitle')}>
      {coverage.currentYearCovered
        ? t('adminCalendar.coverage.missingNext', { year: coverage.nextYear })
        : t('adminCalendar.coverage.missingCurrent', { year: coverage.currentYear })}
    </Alert>
  );
}
