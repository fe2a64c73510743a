// What a new password must not be, wherever one is set (registration, a reset, a change, an invitation, the first
// administrator): the account's own email address (or the part before the @), or easy to guess — a common or leaked
// password or a small change to one, by the estimator in @beian/domain (docs/design.md §10.2).
import { isGuessablePassword } from '@beian/domain/password-strength';
import { AppError } from '../../lib/app-error.ts';

/** Throws a 400 naming the rule and the field (`field`, e.g. "password" or "newPassword") the password came in. */
export async function assertAcceptablePassword(password: string, email: string, field: string): Promise<void> {
  const candidate = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  const localPart = address.split('@')[0] ?? '';
  if (candidate === address || candidate === localPart) {
    throw new AppError('PASSWORD_IS_EMAIL', 400, 'The password must not be your email address or a part of it.', {
      errors: [{ path: field, message: 'Choose a password that is not your email address.' }],
    });
  }
  if (await isGuessablePassword(password)) {
    throw new AppError(
      'PASSWORD_COMMON',
      400,
      'This password is a common or leaked password, or a small change to one, and is easy to guess. Choose another.',
      { errors: [{ path: field, message: 'This password is too easy to guess; choose another.' }] },
    );
  }
}
