// A react-hook-form resolver for the shared contract schemas that words every problem in the reader's language
// (issue-message.ts; the stock zodResolver would show the contracts' English messages).
import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { type FormatMessages, issueMessage } from './issue-message.ts';

export function zodFormResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  formatMessages: FormatMessages = {},
): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values, { reportInput: true });
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      // The first problem per field is the one worth fixing first.
      errors[path] ??= { type: issue.code, message: issueMessage(issue, formatMessages) };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
