// A day with its weekday in the reader's language ("2027-02-05 星期五"): make-up days must fall on a weekend, and the
// State Council's notice names weekdays, so the admin checks against it by eye.
import { dayOfWeek, isDay } from '@beian/domain';
import { useTranslation } from 'react-i18next';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export function useWeekday() {
  const { t } = useTranslation();
  return (day: string) => (isDay(day) ? t(`adminCalendar.weekdays.${WEEKDAYS[dayOfWeek(day)] ?? 'sun'}`) : '');
}
