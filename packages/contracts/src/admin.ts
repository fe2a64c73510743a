// Admin console schemas.
import { z } from 'zod';
import { trimmed } from './common.ts';

export const AuditLogQuerySchema = z.strictObject({
  action: trimmed(80).optional(),
  targetType: trimmed(40).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditLogQuery = z.infer<typeof AuditLogQuerySchema>;

export const AuditLogEntrySchema = z.object({
  id: z.number().int(),
  actorId: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  at: z.iso.datetime(),
});
export const AuditLogPageSchema = z.object({
  entries: z.array(AuditLogEntrySchema),
  nextBefore: z.number().int().nullable(),
});
export type AuditLogPage = z.infer<typeof AuditLogPageSchema>;
