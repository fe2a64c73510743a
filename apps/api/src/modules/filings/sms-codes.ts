// SMS codes that confirm the subject principal's mobile: six random digits, kept only as a keyed hash together with a
// keyed hash of the number, valid for five minutes, resent no sooner than a minute, at most five per hour per number.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../lib/app-error.ts';

export const SMS_CODE_TTL_MS = 5 * 60_000;
export const SMS_RESEND_MS = 60_000;
export const SMS_HOURLY_MAX = 5;
export const SMS_HOUR_MS = 3_600_000;
export const SMS_MAX_WRONG = 5;

export const newSmsCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

export function createSmsHasher(secret: string) {
  const mac = (purpose: string, value: string) => createHmac('sha256', secret).update(`${purpose}\0${value}`).digest();
  return {
    /** Limits count per number across filings, so the number is the key; hashed, as the table needs no more. */
    mobile: (mobile: string) => mac('sms-mobile', mobile).toString('hex'),
    /** The row id is mixed in so that equal codes never show as equal hashes. */
    code: (rowId: string, code: string) => mac('sms-code', `${rowId}\0${code}`).toString('hex'),
    matches(rowId: string, code: string, stored: string): boolean {
      const actual = mac('sms-code', `${rowId}\0${code}`);
      const expected = Buffer.from(stored, 'hex');
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
  };
}

export type SmsHasher = ReturnType<typeof createSmsHasher>;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Refuses a send that comes too soon after the last one, or one too many within the hour (oldest first). */
export function assertMaySend(sentAt: readonly Date[], now: Date): void {
  const last = sentAt.at(-1);
  if (last && now.getTime() - last.getTime() < SMS_RESEND_MS) {
    const wait = seconds(last.getTime() + SMS_RESEND_MS - now.getTime());
    throw new AppError(
      'SMS_RESEND_TOO_SOON',
      429,
      `A code was sent less than a minute ago. Request another in ${wait} s.`,
      {
        headers: { 'retry-after': String(wait) },
      },
    );
  }
  const inHour = sentAt.filter((at) => now.getTime() - at.getTime() < SMS_HOUR_MS);
  const oldest = inHour.at(-SMS_HOURLY_MAX);
  if (inHour.length >= SMS_HOURLY_MAX && oldest) {
    const wait = seconds(oldest.getTime() + SMS_HOUR_MS - now.getTime());
    throw new AppError(
      'SMS_HOURLY_LIMIT',
      429,
      `${SMS_HOURLY_MAX} codes were sent to this number within the last hour. Request another in ${Math.ceil(wait / 60)} min.`,
      { headers: { 'retry-after': String(wait) } },
    );
  }
}
