// The session's own answers: the signed-in account and the CSRF token its changes carry. A module of their own, so
// that a page which only asks who is signed in (every console page, as it loads) builds these schemas and not the
// sign-up and sign-in ones (docs/performance.md).
import { z } from 'zod';
import { LocaleSchema, RoleSchema } from './common.ts';

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
