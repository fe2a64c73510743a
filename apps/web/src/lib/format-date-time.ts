// Instants as people read them: on the Shanghai wall clock (the time every filing deadline is counted in),
// worded for the reader's language ("2026年11月29日 13:05:00", "Nov 29, 2026, 1:05:00 PM").
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatShanghaiDateTime(instant: string | Date, language: string): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, {
      timeZone: 'Asia/Shanghai',
      dateStyle: 'medium',
      timeStyle: 'medium',
    });
    formatters.set(language, formatter);
  }
  return formatter.format(typeof instant === 'string' ? new Date(instant) : instant);
}
