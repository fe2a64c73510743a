// Wrong filing passwords lock the subject (across filings and accounts): five within half an hour lock it for half
// an hour, so the password cannot be guessed by trying. The rules are pure; the store is the repository's.
import { formatBeijing } from '@beian/domain';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { PasswordLockRepository, PasswordLockRow } from './password-lock.repository.ts';

export const PASSWORD_MAX_FAILURES = 5;
export const PASSWORD_LOCK_MS = 30 * 60_000;

export interface PasswordLockState {
  readonly lockedUntil: Date | null;
  readonly triesLeft: number;
}

// Failures older than the lock period no longer count, and a lock that has ended starts the count afresh.
const isStale = (row: PasswordLockRow, now: Date) =>
  row.lockedUntil !== null
    ? row.lockedUntil.getTime() <= now.getTime()
    : row.lastFailureAt.getTime() + PASSWORD_LOCK_MS <= now.getTime();

export function lockState(row: PasswordLockRow | null, now: Date): PasswordLockState {
  if (row === null || isStale(row, now)) return { lockedUntil: null, triesLeft: PASSWORD_MAX_FAILURES };
  if (row.lockedUntil !== null) return { lockedUntil: row.lockedUntil, triesLeft: 0 };
  return { lockedUntil: null, triesLeft: Math.max(0, PASSWORD_MAX_FAILURES - row.failures) };
}

export function afterFailure(row: PasswordLockRow | null, now: Date): PasswordLockRow {
  const failures = row === null || isStale(row, now) ? 1 : row.failures + 1;
  const lockedUntil = failures >= PASSWORD_MAX_FAILURES ? new Date(now.getTime() + PASSWORD_LOCK_MS) : null;
  return { failures, lastFailureAt: now, lockedUntil };
}

export function subjectLockedError(lockedUntil: Date, now: Date, wrongJustNow: boolean): AppError {
  const until = `${formatBeijing(lockedUntil)} (Beijing time, UTC+8)`;
  const lead = wrongJustNow ? 'The filing password is wrong. ' : '';
  return new AppError(
    'SUBJECT_LOCKED',
    423,
    `${lead}After ${PASSWORD_MAX_FAILURES} wrong filing passwords this subject is locked until ${until}.`,
    {
      members: { lockedUntil: lockedUntil.toISOString() },
      headers: { 'retry-after': String(Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000))) },
    },
  );
}

export function createPasswordLocks({ repo, clock }: { repo: PasswordLockRepository; clock: Clock }) {
  return {
    async state(subjectFilingNo: string | null): Promise<PasswordLockState> {
      const row = subjectFilingNo === null ? null : await repo.find(subjectFilingNo);
      return lockState(row, clock.now());
    },
    async recordFailure(subjectFilingNo: string): Promise<PasswordLockState> {
      const now = clock.now();
      const row = await repo.update(subjectFilingNo, (current) => afterFailure(current, now), now);
      return lockState(row, now);
    },
    clear: (subjectFilingNo: string) => repo.clear(subjectFilingNo),
  };
}

export type PasswordLocks = ReturnType<typeof createPasswordLocks>;
