// Puts a save's or a verify's validation errors (problem+json errors[].path) on the form fields they name.
// Paths come as the body has them ("body.subject.principal.mobile", "cloudService.code"); `toField` maps one to a
// field of the form, or to nothing.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../../lib/api-error.ts';

export function placeFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  toField: (path: string) => Path<T> | undefined,
): boolean {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return false;
  let all = true;
  let focused = false;
  for (const fieldError of error.fieldErrors) {
    const field = toField(fieldError.path.replace(/^body\./, ''));
    if (!field) {
      all = false;
      continue;
    }
    setError(field, { type: 'server', message: fieldError.message }, { shouldFocus: !focused });
    focused = true;
  }
  return all;
}
