// Instants on the Asia/Shanghai wall clock, whatever the browser's own zone: autosave times ("13:05:09"),
// lock times ("13:35") and dates in lists, as every filing deadline is counted in Beijing time.
const STYLES = {
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  timeSeconds: { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
  date: { year: 'numeric', month: '2-digit', day: '2-digit' },
  dateTime: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type ClockStyle = keyof typeof STYLES;

const cache = new Map<string, Intl.DateTimeFormat>();

export function formatShanghai(instant: string | Date, style: ClockStyle, language: string): string {
  const key = `${language}|${style}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { ...STYLES[style], timeZone: 'Asia/Shanghai' });
    cache.set(key, format);
  }
  return format.format(typeof instant === 'string' ? new Date(instant) : instant);
}
