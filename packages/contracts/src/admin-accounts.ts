// The admin's accounts page (/api/admin/accounts) and staff invitations (/api/admin/invitations).
import { z } from 'zod';
import { EmailSchema } from './auth.ts';
import { nonEmptyLine, RoleSchema, trimmedLine } from './common.ts';

export const AccountListQuerySchema = z.strictObject({
  /** Part of the email or the display name. */
  q: trimmedLine(100).optional(),
  role: RoleSchema.optional(),
  /** 'true' or 'false' in the query string. */
  active: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type AccountListQuery = z.input<typeof AccountListQuerySchema>;

export const AdminAccountSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  active: z.boolean(),
  /** False only for a self-registration not yet confirmed by its emailed link. */
  emailVerified: z.boolean(),
  /** An operator's photo point; null for every other role and for an operator placed at none. */
  photoPoint: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
});
export type AdminAccount = z.infer<typeof AdminAccountSchema>;

/** Newest accounts first. */
export const AccountListSchema = z.object({
  accounts: z.array(AdminAccountSchema),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
});
export type AccountList = z.infer<typeof AccountListSchema>;

export const AccountIdParamsSchema = z.strictObject({ id: z.uuid() });

/** One role per account (decision 030). Leaving OPERATOR also leaves the account's photo point. */
export const ChangeRoleBodySchema = z.strictObject({ role: RoleSchema });
export type ChangeRoleBody = z.infer<typeof ChangeRoleBodySchema>;

/** The roles an invitation may give: staff only (applicants register themselves). */
export const STAFF_ROLES = ['REVIEWER', 'ADMIN', 'OPERATOR'] as const;
export const StaffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

export const CreateInvitationBodySchema = z
  .strictObject({
    email: EmailSchema,
    displayName: nonEmptyLine(60),
    role: StaffRoleSchema,
    /** OPERATOR only: the photo point the new operator will work at. */
    photoPointId: z.uuid().optional(),
  })
  .refine((body) => body.role === 'OPERATOR' || body.photoPointId === undefined, {
    path: ['photoPointId'],
    message: 'Only an operator works at a photo point',
  });
export type CreateInvitationBody = z.infer<typeof CreateInvitationBodySchema>;

export const InvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: StaffRoleSchema,
  photoPoint: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  invitedBy: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type Invitation = z.infer<typeof InvitationSchema>;

/** The answer to a new invitation: the link is shown this once, for the admin to copy (it is also emailed). */
export const CreatedInvitationSchema = z.object({ invitation: InvitationSchema, link: z.string() });
export type CreatedInvitation = z.infer<typeof CreatedInvitationSchema>;

/** Invitations neither used, revoked nor expired, newest first. */
export const InvitationListSchema = z.object({ invitations: z.array(InvitationSchema) });
export type InvitationList = z.infer<typeof InvitationListSchema>;
