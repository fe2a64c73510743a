// The one-time link that creates the first administrator of a new installation.
import { z } from 'zod';
import { EmailSchema, PasswordSchema } from './auth.ts';
import { nonEmptyLine } from './common.ts';

/** The token from the link's fragment (`/setup#token=…`): 256 random bits, base64url. */
export const SetupTokenSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, { message: 'This is not a setup link token' });

export const SetupTokenBodySchema = z.strictObject({ token: SetupTokenSchema });
export type SetupTokenBody = z.infer<typeof SetupTokenBodySchema>;

export const SetupLinkSchema = z.object({ expiresAt: z.iso.datetime() });
export type SetupLink = z.infer<typeof SetupLinkSchema>;

export const FirstAdminBodySchema = z.strictObject({
  token: SetupTokenSchema,
  email: EmailSchema,
  displayName: nonEmptyLine(60),
  password: PasswordSchema,
});
export type FirstAdminBody = z.infer<typeof FirstAdminBodySchema>;
