// Dates read out of pasted text: the State Council's notice ("春节：2月5日至11日放假调休，共7天。1月31日（星期日）、
// 2月20日（星期六）上班。"), or plain dates one after another (2027-02-05, 2027年2月5日, 2/5). A sentence that says
// 上班 gives make-up working days, every other sentence days off. A date without a year is in the year being edited;
// "至" / "到" / "~" between two dates is every day from the first to the second.
import { addDays, type Day, isDay } from '@beian/domain';

export type PastedDays = { holidays: Day[]; makeUpWorkdays: Day[] };

const RANGE = '(?:至|到|~|～|—|–)';
// A full date (year optional), or after a range sign a bare day of the same month ("至11日").
const TOKEN = new RegExp(
  `(${RANGE})?\\s*(?:(?:(\\d{4})\\s*[-/.年]\\s*)?(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?|(\\d{1,2})\\s*日)`,
  'g',
);
/** The longest range we expand: a typo such as 2月5日至11月 must not add nine months of holidays. */
const MAX_RANGE_DAYS = 31;

const pad = (n: number) => String(n).padStart(2, '0');

function daysOf(sentence: string, year: number): Day[] {
  const found: Day[] = [];
  let last: { year: number; month: number; day: Day } | null = null;
  for (const match of sentence.matchAll(TOKEN)) {
    const [, range, y, m, d, bareDay] = match;
    if (bareDay !== undefined && !(range && last)) continue;
    const month: number = m !== undefined ? Number(m) : (last?.month ?? 0);
    const at: number = y !== undefined ? Number(y) : bareDay !== undefined && last ? last.year : year;
    const day = `${at}-${pad(month)}-${pad(Number(d ?? bareDay))}`;
    if (!isDay(day)) continue;
    if (range && last && last.day < day) {
      for (let next = addDays(last.day, 1), n = 0; next <= day && n < MAX_RANGE_DAYS; next = addDays(next, 1), n++) {
        found.push(next);
      }
    } else {
      found.push(day);
    }
    last = { year: at, month, day };
  }
  return found;
}

export function parseDays(text: string, year: number): PastedDays {
  const result: PastedDays = { holidays: [], makeUpWorkdays: [] };
  // Remarks in brackets (星期六, 农历正月初七) hold no dates of their own and would break a range apart.
  const plain = text.replace(/（[^）]*）|\([^)]*\)/g, '');
  for (const sentence of plain.split(/[。；;\n]/)) {
    const days = daysOf(sentence, year);
    (/上班|补班/.test(sentence) ? result.makeUpWorkdays : result.holidays).push(...days);
  }
  return { holidays: [...new Set(result.holidays)], makeUpWorkdays: [...new Set(result.makeUpWorkdays)] };
}
