// The rejection reasons as the reviewer edits them, and the check before sending: at least one reason, each with
// the field or material it concerns and a message for the applicant.
import type { RejectionReason, ReviewReasonCatalogue } from '@beian/contracts';

export type ReasonDraft = { key: number; code: string; field: string; message: string; suggestion: string };
export type DraftProblems = { field?: true; message?: true };
export type CheckedReasons =
  | { ok: true; reasons: RejectionReason[] }
  | { ok: false; none: boolean; problems: DraftProblems[] };

type CatalogueEntry = ReviewReasonCatalogue['reasons'][number];

/** The catalogue's code for a reason the reviewer writes in their own words. */
export const FREE_REASON = 'OTHER';

let nextKey = 1;
export const blankDraft = (): ReasonDraft => ({
  key: nextKey++,
  code: FREE_REASON,
  field: '',
  message: '',
  suggestion: '',
});

/** A catalogue pick fills in its words (in the reviewer's language) and its usual field when this filing has it. */
export function applyCatalogue(
  draft: ReasonDraft,
  entry: CatalogueEntry | undefined,
  language: string,
  fieldPaths: readonly string[],
): ReasonDraft {
  if (!entry) return { ...draft, code: FREE_REASON };
  const words = language.startsWith('zh') ? entry.zh : entry.en;
  const field = fieldPaths.includes(entry.field) ? entry.field : draft.field;
  return { ...draft, code: entry.code, field, message: words.message, suggestion: words.suggestion };
}

export function checkReasons(drafts: readonly ReasonDraft[]): CheckedReasons {
  const problems = drafts.map((draft) => ({
    ...(draft.field ? {} : { field: true as const }),
    ...(draft.message.trim() ? {} : { message: true as const }),
  }));
  if (drafts.length === 0 || problems.some((problem) => problem.field || problem.message)) {
    return { ok: false, none: drafts.length === 0, problems };
  }
  return {
    ok: true,
    reasons: drafts.map(({ code, field, message, suggestion }) => ({
      field,
      code,
      message: message.trim(),
      ...(suggestion.trim() ? { suggestion: suggestion.trim() } : {}),
    })),
  };
}
