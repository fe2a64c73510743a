// The 45-day idle rule for filings that have not reached the bureau: when to remind the applicant and when to expire.
import { fail, ok, type Result } from '../result.ts';
import { type FilingState, isPreBureauState } from './states.ts';

export const IDLE_REMINDER_DAYS = [7, 15, 30] as const;
export const IDLE_EXPIRY_DAYS = 45;

const DAY_MS = 86_400_000;

// Idle time is counted in whole 24-hour periods, not calendar days, so a job scheduled at `at` never fires early.
export const idleDays = (lastActivityAt: Date, now: Date): number =>
  Math.max(0, Math.floor((now.getTime() - lastActivityAt.getTime()) / DAY_MS));

const afterDays = (from: Date, days: number): Date => new Date(from.getTime() + days * DAY_MS);

export interface IdleSchedule {
  readonly reminders: readonly { readonly day: number; readonly at: Date }[];
  readonly expiresAt: Date;
}

/** When the jobs queue should remind and expire, or null once the filing is past the point where idling matters. */
export function idleSchedule(state: FilingState, lastActivityAt: Date): IdleSchedule | null {
  if (!isPreBureauState(state)) return null;
  return {
    reminders: IDLE_REMINDER_DAYS.map((day) => ({ day, at: afterDays(lastActivityAt, day) })),
    expiresAt: afterDays(lastActivityAt, IDLE_EXPIRY_DAYS),
  };
}

/** The latest reminder that is due and not yet sent (a late worker sends one reminder, not a burst), or null. */
export function dueIdleReminder(lastActivityAt: Date, now: Date, alreadySent: readonly number[]): number | null {
  const idle = idleDays(lastActivityAt, now);
  if (idle >= IDLE_EXPIRY_DAYS) return null;
  const due = IDLE_REMINDER_DAYS.filter((day) => day <= idle);
  const latest = due.at(-1);
  return latest !== undefined && !alreadySent.includes(latest) ? latest : null;
}

/** Guard for `expire`: the filing has been idle for the full period. */
export const checkIdleExpired = (input: { lastActivityAt: Date; now: Date }): Result =>
  idleDays(input.lastActivityAt, input.now) >= IDLE_EXPIRY_DAYS ? ok() : fail('NOT_IDLE_LONG_ENOUGH');
