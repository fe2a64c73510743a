// The one way an instant is written for people, in the console and in texts, emails, exports and the PDF sheet:
// on the Beijing wall clock, year first with digits only ("2026-12-03 00:25", a date alone "2026-12-03"), the same
// in every language, so nobody reads it as month/day or day/month (docs/design.md). The zone is named by the words
// around it ("（北京时间）", "(Beijing time)").
import { addDays, type Day, shanghaiDay, shanghaiTimeOfDay, startOfShanghaiDay } from './shanghai-time.ts';

export type BeijingStyle = 'dateTime' | 'dateTimeSeconds' | 'date' | 'time' | 'timeSeconds';

export type BeijingOptions = {
  /** A deadline at midnight is the end of the day before: "2026-12-07 24:00", not "2026-12-08 00:00". */
  deadline?: boolean;
};

const pad = (n: number) => String(n).padStart(2, '0');

export function formatBeijing(
  instant: Date | string,
  style: BeijingStyle = 'dateTime',
  { deadline = false }: BeijingOptions = {},
): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  let day: Day = shanghaiDay(at);
  const { hour, minute, second } = shanghaiTimeOfDay(at);
  let clock = `${pad(hour)}:${pad(minute)}`;
  if (deadline && startOfShanghaiDay(day).getTime() === at.getTime()) {
    day = addDays(day, -1);
    clock = '24:00';
  }
  switch (style) {
    case 'date':
      return day;
    case 'time':
      return clock;
    case 'timeSeconds':
      return `${clock}:${pad(second)}`;
    case 'dateTime':
      return `${day} ${clock}`;
    case 'dateTimeSeconds':
      return `${day} ${clock}:${pad(second)}`;
  }
}
