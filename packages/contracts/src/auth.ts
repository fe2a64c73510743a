// Request and response schemas for sign-up, sign-in and the current session.
import { z } from 'zod';
import { LocaleSchema, nonEmptyLine, RoleSchema } from './common.ts';

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
});
export type RegisterBody = z.infer<typeof RegisterBodySchema>;

export const LoginBodySchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1).max(128),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const AccountSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  locale: LocaleSchema,
});
export type Account = z.infer<typeof AccountSchema>;

export const MeResponseSchema = z.object({ account: AccountSchema });
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const CsrfResponseSchema = z.object({ token: z.string() });
export type CsrfResponse = z.infer<typeof CsrfResponseSchema>;

export const UpdateLocaleBodySchema = z.strictObject({ locale: LocaleSchema });
