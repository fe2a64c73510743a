// Timestamps read as the ISO 8601 strings the contracts carry, for plain-SQL pages of many rows (docs/decisions/051).
// pg turns each timestamptz into a Date with a regular expression, and the view turns it back into a string: for a
// review queue page, 150 of each per request, a tenth of the API's time. In a UTC session PostgreSQL writes a
// timestamptz as `2026-12-04 07:23:02.607+00` (the fraction trimmed of trailing zeros, or absent), which is the same
// instant as `2026-12-04T07:23:02.607Z` after moving a few characters. Anything else (another session time zone, a
// year past 9999 or BC) goes through pg's own parser and Date, as before.
import pg from 'pg';

const TIMESTAMPTZ = 1184;
const parseDate = pg.types.getTypeParser(TIMESTAMPTZ) as (text: string) => Date;

/** `2026-12-04 07:23:02[.fraction]+00` → `2026-12-04T07:23:02.fffZ` (milliseconds truncated, as Date keeps them). */
export function isoTimestamp(text: string): string {
  const n = text.length;
  if (
    n >= 22 &&
    n <= 29 &&
    text[4] === '-' &&
    text[10] === ' ' &&
    text.endsWith('+00') &&
    (n === 22 || text[19] === '.')
  )
    return `${text.slice(0, 10)}T${text.slice(11, 19)}${n === 22 ? '.000' : `${text.slice(19, n - 3)}00`.slice(0, 4)}Z`;
  return parseDate(text).toISOString();
}

/** pg's type parsers with timestamptz read by isoTimestamp. */
export const isoTimestampTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ && format !== 'binary'
      ? isoTimestamp
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};
