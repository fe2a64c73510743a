// A form's invalid fields for the footer's list: one entry per field, in the schema's order, worded "fill in" for an
// empty field and "correct" for one typed wrong.
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { MissingField } from './missing-field.ts';

type Issues = { path: PropertyKey[] }[];

export function fieldIssues(
  t: TFunction,
  issues: Issues,
  /** The field's label and whether it is empty, by its dotted path; null for a path the page does not show. */
  describe: (path: string) => { label: string; empty: boolean } | null,
  wrap: (item: string) => string = (item) => item,
): MissingField[] {
  const seen = new Set<string>();
  const out: MissingField[] = [];
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    const about = describe(field);
    if (!about) continue;
    const item = t(about.empty ? 'filing.footer.fill' : 'filing.footer.fix', { field: about.label });
    out.push({ key: `field:${field}`, label: wrap(item), field });
  }
  return out;
}

export const issuesOf = (result: z.ZodSafeParseResult<unknown>): Issues => (result.success ? [] : result.error.issues);
