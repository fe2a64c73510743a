// What a new password must not be, wherever one is set (registration, a change, any future reset or setup): on the
// list of common and breached passwords, or the account's own email address (or the part before the @).
import { AppError } from '../../lib/app-error.ts';
import { isCommonPassword } from './common-passwords.ts';

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
  if (await isCommonPassword(password)) {
    throw new AppError(
      'PASSWORD_COMMON',
      400,
      'This password is one of the most common or leaked passwords and is easy to guess. Choose another.',
      { errors: [{ path: field, message: 'This password is too common; choose another.' }] },
    );
  }
}
