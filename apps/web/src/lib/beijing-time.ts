// Instants as "2026-12-08 10:05" on the Beijing clock: one format, the same in every language, never read as
// month/day or day/month. A deadline at midnight is the end of the day before ("2026-12-08 24:00").
import { formatShanghai } from '@beian/domain';

const MINUTE_MS = 60_000;

export function formatBeijing(instant: string | Date, { deadline = false } = {}): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const text = formatShanghai(at).slice(0, 16);
  if (deadline && text.endsWith(' 00:00'))
    return `${formatShanghai(new Date(at.getTime() - MINUTE_MS)).slice(0, 10)} 24:00`;
  return text;
}
