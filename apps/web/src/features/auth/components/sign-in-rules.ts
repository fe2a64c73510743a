// The sign-in form's rules: the API's own LoginBodySchema, each problem worded in the reader's language. Loaded by
// the form with its first check, and zod with it (docs/decisions/049).
import { type LoginBody, LoginBodySchema } from '@beian/contracts';
import { issueMessage } from '../../../lib/issue-message.ts';

export type SignInField = keyof LoginBody;
export type SignInInput = Record<SignInField, string>;
/** The values as the API takes them (the address trimmed and in lower case), or the first problem per field. */
export type SignInCheck =
  | { values: LoginBody; errors?: undefined }
  | { values?: undefined; errors: Partial<Record<SignInField, string>> };

export function checkSignIn(input: SignInInput): SignInCheck {
  const result = LoginBodySchema.safeParse(input, { reportInput: true });
  if (result.success) return { values: result.data };
  const errors: Partial<Record<SignInField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field === 'email' || field === 'password') errors[field] ??= issueMessage(issue);
  }
  return { errors };
}
