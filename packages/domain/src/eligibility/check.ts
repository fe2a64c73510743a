// The named check the verify step reports: every check is listed by name with its outcome, so the UI can show
// what passed as well as what failed.
import type { Result } from '../result.ts';

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface Check {
  readonly name: string;
  readonly status: CheckStatus;
  /** Why it failed or warned; a passing check may carry one that explains it (FILING_TYPE). */
  readonly reason?: string;
}

export const passed = (name: string, reason?: string): Check =>
  reason === undefined ? { name, status: 'pass' } : { name, status: 'pass', reason };
export const warned = (name: string, reason: string): Check => ({ name, status: 'warn', reason });
export const failed = (name: string, reason: string): Check => ({ name, status: 'fail', reason });

/** A Result as a check: a failure fails, a warning warns (with the first warning), otherwise it passes. */
export function checkFromResult(name: string, result: Result<unknown>): Check {
  if (!result.ok) return failed(name, result.reason);
  const [warning] = result.warnings ?? [];
  return warning === undefined ? passed(name) : warned(name, warning);
}

/** The worst status among the checks: any failure blocks, any warning is shown to a reviewer. */
export function overallStatus(checks: readonly Check[]): CheckStatus {
  if (checks.some((c) => c.status === 'fail')) return 'fail';
  return checks.some((c) => c.status === 'warn') ? 'warn' : 'pass';
}
