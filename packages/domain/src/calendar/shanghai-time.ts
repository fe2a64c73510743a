// Calendar days and wall-clock readings in Asia/Shanghai, computed from the instant alone so the server's time zone
// never matters. Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact.

/** A calendar day in Asia/Shanghai, `YYYY-MM-DD`. */
export type Day = string;

const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of the day: a neutral anchor for day arithmetic, never shown to anyone. */
function dayToUtcMs(day: Day): number {
  const m = DAY_PATTERN.exec(day);
  if (m) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (new Date(ms).toISOString().startsWith(day)) return ms;
  }
  throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
}

const utcMsToDay = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);

export function isDay(value: string): boolean {
  try {
    dayToUtcMs(value);
    return true;
  } catch {
    return false;
  }
}

/** The Shanghai calendar day of an instant. */
export const shanghaiDay = (date: Date): Day => utcMsToDay(date.getTime() + OFFSET_MS);

/** Hours, minutes and seconds on the Shanghai wall clock. */
export function shanghaiTimeOfDay(date: Date): { hour: number; minute: number; second: number } {
  const shifted = new Date(date.getTime() + OFFSET_MS);
  return { hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(), second: shifted.getUTCSeconds() };
}

/** The instant a Shanghai day begins (00:00 +08:00). */
export const startOfShanghaiDay = (day: Day): Date => new Date(dayToUtcMs(day) - OFFSET_MS);

export const addDays = (day: Day, n: number): Day => utcMsToDay(dayToUtcMs(day) + n * DAY_MS);

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (day: Day): number => new Date(dayToUtcMs(day)).getUTCDay();

/** ISO 8601 with the +08:00 offset, for payloads a person may read. */
export const toShanghaiIso = (date: Date): string =>
  `${new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
