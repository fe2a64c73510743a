// The signed-in account's own security settings: its password and the browsers signed in to it.
import { z } from 'zod';
import { PasswordSchema } from './auth.ts';

export const ChangePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: PasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;

/** How many other signed-in browsers the change signed out. */
export const ChangePasswordResponseSchema = z.object({ endedSessions: z.number().int() });
export type ChangePasswordResponse = z.infer<typeof ChangePasswordResponseSchema>;

export const AccountSessionSchema = z.object({
  id: z.uuid(),
  /** The browser's User-Agent as it signed in (at most 300 characters); null when it sent none. */
  userAgent: z.string().nullable(),
  createdAt: z.iso.datetime(),
  /** Updated at most every five minutes while the browser is in use. */
  lastSeenAt: z.iso.datetime(),
  /** The browser asking. */
  current: z.boolean(),
});
export type AccountSession = z.infer<typeof AccountSessionSchema>;

/** Unexpired sessions, the most recently seen first. */
export const AccountSessionListSchema = z.object({ sessions: z.array(AccountSessionSchema) });
export type AccountSessionList = z.infer<typeof AccountSessionListSchema>;

export const AccountSessionParamsSchema = z.object({ id: z.uuid() });

export const EndedSessionsSchema = z.object({ ended: z.number().int() });
export type EndedSessions = z.infer<typeof EndedSessionsSchema>;

/** What the mail simulator holds for the address this browser registered with, the newest first. */
export const SimulatedMailboxSchema = z.object({
  address: z.string(),
  messages: z.array(z.object({ id: z.string(), subject: z.string(), body: z.string(), sentAt: z.iso.datetime() })),
});
export type SimulatedMailbox = z.infer<typeof SimulatedMailboxSchema>;
