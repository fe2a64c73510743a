// Request and response schemas for sign-up and sign-in; the session's own answers are in session.ts.
import { z } from 'zod';
import { LocaleSchema, nonEmptyLine } from './common.ts';

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address' }));

export const PasswordSchema = z
  .string()
  .min(10, { message: 'Use at least 10 characters' })
  .max(128, { message: 'Use at most 128 characters' });

export const RegisterBodySchema = z.strictObject({
  email: EmailSchema,
  password: PasswordSchema,
  displayName: nonEmptyLine(60),
  /** The language of the confirmation email and of the new account; zh-CN when left out. */
  locale: LocaleSchema.optional(),
});
export type RegisterBody = z.infer<typeof RegisterBodySchema>;

/**
 * The same answer whether the address was new or already had an account: either way an email went to it (a link
 * to confirm, or a note to the owner). `simulatedMailbox`: the mail simulator is on, and this browser may read what
 * was sent to the address at GET /api/auth/simulated-mailbox.
 */
export const RegisterResponseSchema = z.object({ email: z.string(), simulatedMailbox: z.boolean() });
export type RegisterResponse = z.infer<typeof RegisterResponseSchema>;

/** The token from the emailed link's fragment (#token=…). */
export const VerifyEmailBodySchema = z.strictObject({ token: z.string().regex(/^[\w-]{20,100}$/) });
export type VerifyEmailBody = z.infer<typeof VerifyEmailBodySchema>;

export const LoginBodySchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1).max(128),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const UpdateLocaleBodySchema = z.strictObject({ locale: LocaleSchema });
