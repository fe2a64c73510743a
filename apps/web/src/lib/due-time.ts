// The initial review's due time as people read a deadline: on the Beijing clock, with the weekday, and midnight
// as the end of the day that ends ("12月1日（周二）24:00", "the end of Tue, Dec 1"), never as 00:00 of the next day.
import { i18n } from '../i18n/i18n.ts';

type Parts = { year: number; month: number; day: number; weekday: string; hour: number; minute: number };

function shanghaiParts(instant: Date, language: string): Parts {
  const format = new Intl.DateTimeFormat(language, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(instant).find((part) => part.type === type)?.value ?? '';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    weekday: get('weekday'),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
  };
}

function dateText(parts: Parts, withYear: boolean, language: string): string {
  if (language.startsWith('zh')) {
    const year = withYear ? `${parts.year}年` : '';
    return `${year}${parts.month}月${parts.day}日（${parts.weekday}）`;
  }
  // Rebuilt as noon UTC of that calendar day, so any zone formats the same date.
  const noon = new Date(Date.UTC(parts.year, parts.month - 1, parts.day, 12));
  return new Intl.DateTimeFormat(language, {
    timeZone: 'UTC',
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(noon);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The due instant in words; the year is named only when it is not the current one (in Beijing). */
export function formatDueTime(instant: string | Date, language = i18n.language, now: Date = new Date()): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = shanghaiParts(at, language);
  const thisYear = shanghaiParts(now, language).year;
  const zone = i18n.t('submission.due.zone', { lng: language });
  if (parts.hour === 0 && parts.minute === 0) {
    // Midnight ends the day before: the deadline is that day's 24:00.
    const dayBefore = shanghaiParts(new Date(at.getTime() - 60_000), language);
    const date = dateText(dayBefore, dayBefore.year !== thisYear, language);
    return i18n.t('submission.due.endOfDay', { date, lng: language }) + zone;
  }
  const date = dateText(parts, parts.year !== thisYear, language);
  const time = `${pad(parts.hour)}:${pad(parts.minute)}`;
  return i18n.t('submission.due.at', { date, time, lng: language }) + zone;
}
