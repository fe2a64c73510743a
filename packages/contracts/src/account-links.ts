// The public ends of the emailed account links: accepting a staff invitation and resetting a forgotten password.
import { z } from 'zod';
import { EmailSchema, PasswordSchema } from './auth.ts';
import { nonEmptyLine, RoleSchema } from './common.ts';

/** The token from a link's fragment (`#token=…`): 256 bits, base64url. */
export const LinkTokenSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, { message: 'This is not a link token' });

export const InvitationTokenBodySchema = z.strictObject({ token: LinkTokenSchema });
export type InvitationTokenBody = z.infer<typeof InvitationTokenBodySchema>;

/** What the invitation page shows before the form. */
export const InvitationPreviewSchema = z.object({
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  invitedBy: z.string(),
  photoPointName: z.string().nullable(),
  expiresAt: z.iso.datetime(),
});
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

export const AcceptInvitationBodySchema = z.strictObject({
  token: LinkTokenSchema,
  password: PasswordSchema,
  /** The invited person's own spelling of their name; the admin's when left out. */
  displayName: nonEmptyLine(60).optional(),
});
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBodySchema>;

export const PasswordResetRequestBodySchema = z.strictObject({ email: EmailSchema });
export type PasswordResetRequestBody = z.infer<typeof PasswordResetRequestBodySchema>;

/** The same answer whether or not the address has an account. */
export const PasswordResetRequestedSchema = z.object({ email: z.string() });
export type PasswordResetRequested = z.infer<typeof PasswordResetRequestedSchema>;

export const PasswordResetCompleteBodySchema = z.strictObject({ token: LinkTokenSchema, password: PasswordSchema });
export type PasswordResetCompleteBody = z.infer<typeof PasswordResetCompleteBodySchema>;
