// Puts an API validation failure back onto the form: each errors[].path onto its field, and says whether
// anything is left over for a message above the form.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from './api-error.ts';
import { errorMessage } from './error-message.ts';

/** Error codes that are really about one field ("EMAIL_TAKEN" → email). */
export type CodeFields<T extends FieldValues> = Partial<Record<string, Path<T>>>;

/** Marks the fields the server named; returns true when every problem now sits on a field. */
export function placeServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  codeFields: CodeFields<T> = {},
): boolean {
  if (!(error instanceof ApiError)) return false;
  const codeField = codeFields[error.code];
  if (codeField) {
    setError(codeField, { type: 'server', message: errorMessage(error) }, { shouldFocus: true });
    return true;
  }
  if (error.fieldErrors.length === 0) return false;
  let allPlaced = true;
  let focused = false;
  for (const fieldError of error.fieldErrors) {
    // Body fields may come prefixed with where they were found ("body.email").
    const path = fieldError.path.replace(/^body\./, '');
    const field = fields.find((name) => name === path);
    if (!field) {
      allPlaced = false;
      continue;
    }
    setError(field, { type: 'server', message: fieldError.message }, { shouldFocus: !focused });
    focused = true;
  }
  return allPlaced;
}
