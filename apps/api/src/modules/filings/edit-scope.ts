// Which fields of an editable filing may change: every field of DRAFT and BUREAU_REJECTED; in INITIAL_REJECTED only
// the fields its rejection names, plus materials (rejectionScope in filing-rejection.ts, docs/design.md §4.4). The
// subject and websites steps enforce the scope through assertWithinScope.
import type { Filing } from '../../generated/prisma/client.ts';
import { AppError } from '../../lib/app-error.ts';

/** Field paths such as `subject.principal.mobile` or `websites.粤ICP备12345678号-1.cloudService`, or every field. */
export type EditScope = (filing: Filing) => Promise<ReadonlySet<string> | 'ALL'>;

/** A field is allowed when it, or a parent path of it, is in the scope. */
export function assertWithinScope(scope: ReadonlySet<string> | 'ALL', changed: readonly string[]): void {
  if (scope === 'ALL') return;
  const allowed = (field: string) => field.split('.').some((_, i, parts) => scope.has(parts.slice(0, i + 1).join('.')));
  const refused = changed.filter((field) => !allowed(field));
  if (refused.length === 0) return;
  throw new AppError(
    'FIELD_NOT_EDITABLE',
    409,
    `Only the fields named by the rejection can change now, not: ${refused.join(', ')}.`,
    {
      errors: refused.map((path) => ({
        path,
        message: 'The rejection does not name this field; it cannot change now.',
      })),
    },
  );
}

/** The paths whose values differ between two plain JSON objects (nested objects by their leaves). */
export function changedPaths(prefix: string, before: unknown, after: unknown): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(before) || !isObject(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix];
  }
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].flatMap((key) => changedPaths(`${prefix}.${key}`, before[key], after[key]));
}
