// A span of time as a reviewer reads it: the two largest whole units ("2 天 3 小时", "45 minutes").
import type { TFunction } from 'i18next';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatDuration(t: TFunction, ms: number): string {
  const span = Math.abs(ms);
  if (span < MINUTE) return t('reviewQueue.duration.lessThanMinute');
  const days = Math.floor(span / DAY);
  const hours = Math.floor((span % DAY) / HOUR);
  const minutes = Math.floor((span % HOUR) / MINUTE);
  const parts = [
    days ? t('reviewQueue.duration.days', { count: days }) : null,
    hours ? t('reviewQueue.duration.hours', { count: hours }) : null,
    // Minutes matter only while the span is under a day.
    minutes && !days ? t('reviewQueue.duration.minutes', { count: minutes }) : null,
  ].filter((part): part is string => part !== null);
  const [larger = '', smaller] = parts;
  return smaller === undefined ? larger : t('reviewQueue.duration.pair', { larger, smaller });
}
