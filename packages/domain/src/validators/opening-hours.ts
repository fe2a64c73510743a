// A photo point's opening hours as the point words them (周一至周五 09:00-17:30（法定节假日除外）): free text of at most
// 100 characters that names at least one time range, each a real time of day that ends after it starts.
import { fail, ok, type Result } from '../result.ts';

export type OpeningHoursReason =
  | 'HOURS_EMPTY'
  | 'HOURS_TOO_LONG'
  | 'HOURS_NO_TIME_RANGE'
  | 'HOURS_TIME_INVALID'
  | 'HOURS_RANGE_BACKWARDS';

export const OPENING_HOURS_MAX = 100;

export interface TimeRange {
  /** Minutes after midnight. */
  readonly from: number;
  readonly to: number;
}

// 9:00-17:30, 09:00～17:30, 09：00 至 17：30, 08:30—12:00; hours of one or two digits, colons ASCII or full-width.
const RANGE = /(\d{1,2})[:：](\d{2})\s*(?:-|－|–|—|~|～|至|到)\s*(\d{1,2})[:：](\d{2})/g;

/** The time ranges named in the text; refused when there is none or one is not a real, forward range. */
export function validateOpeningHours(input: string): Result<readonly TimeRange[]> {
  const text = input.trim();
  if (text === '') return fail('HOURS_EMPTY');
  if (text.length > OPENING_HOURS_MAX) return fail('HOURS_TOO_LONG');
  const ranges: TimeRange[] = [];
  for (const [, h1, m1, h2, m2] of text.matchAll(RANGE)) {
    const from = minutes(Number(h1), Number(m1));
    const to = minutes(Number(h2), Number(m2));
    if (from === null || to === null) return fail('HOURS_TIME_INVALID');
    if (to <= from) return fail('HOURS_RANGE_BACKWARDS');
    ranges.push({ from, to });
  }
  return ranges.length > 0 ? ok(ranges) : fail('HOURS_NO_TIME_RANGE');
}

/** Minutes after midnight, or null for a time that does not exist; 24:00 is the end of the day. */
function minutes(hours: number, mins: number): number | null {
  if (mins > 59 || hours > 24 || (hours === 24 && mins > 0)) return null;
  return hours * 60 + mins;
}
