// Admin console schemas: the audit log's filters, its entries as an administrator reads them, and the people in it.
import { isDay } from '@beian/domain';
import { z } from 'zod';
import { AUDIT_ACTIONS, type AuditAction, isAuditAction } from './audit-actions.ts';
import { RoleSchema, trimmed } from './common.ts';

/** A Beijing calendar date, YYYY-MM-DD. */
const BeijingDaySchema = z
  .string()
  .trim()
  .refine(isDay, { message: 'Use a calendar date as YYYY-MM-DD, e.g. 2026-11-29.' });

const knownAction = z.string().refine(isAuditAction, {
  message: `Is not an action of the audit log. Known actions: ${AUDIT_ACTIONS.join(', ')}.`,
});

/** One action or several (`action=a&action=b`), each from the catalogue. */
const ActionsSchema = z
  .union([knownAction, z.array(knownAction).max(AUDIT_ACTIONS.length)])
  .transform((value) => (Array.isArray(value) ? value : [value]) as AuditAction[]);

/** The filters of the page and of the CSV export. */
export const AuditLogFiltersSchema = z.strictObject({
  /** An account id: entries by that person. */
  actor: z.uuid({ message: 'Choose a person from the list.' }).optional(),
  /** A filing's order number as typed; one that names no filing gives an empty answer that says so. */
  orderNo: trimmed(40)
    .transform((value) => value.toUpperCase())
    .optional(),
  action: ActionsSchema.optional(),
  /** Beijing dates, both included. */
  from: BeijingDaySchema.optional(),
  to: BeijingDaySchema.optional(),
});

const fromNotAfterTo = (query: { from?: string; to?: string }) => !query.from || !query.to || query.from <= query.to;
const FROM_AFTER_TO = { message: 'The start date is after the end date.', path: ['to'] };

export const AuditLogExportQuerySchema = AuditLogFiltersSchema.refine(fromNotAfterTo, FROM_AFTER_TO);
export type AuditLogExportQuery = z.infer<typeof AuditLogExportQuerySchema>;

export const AuditLogQuerySchema = AuditLogFiltersSchema.extend({
  /** Keyset cursor: entries older than this id. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
}).refine(fromNotAfterTo, FROM_AFTER_TO);
export type AuditLogQuery = z.infer<typeof AuditLogQuerySchema>;
export type AuditLogQueryInput = z.input<typeof AuditLogQuerySchema>;

export const AuditActorSchema = z.object({
  id: z.uuid(),
  /** Null only when the account no longer exists. */
  displayName: z.string().nullable(),
  role: RoleSchema.nullable(),
});

/**
 * What the entry concerns, described for a person: `name` is an account's or invitee's name, a photo point's name or
 * an order number (a filing, a curtain's filing); `email` goes with an account or invitation; a rule set has its kind
 * and version, a holiday calendar its year. All null when the record is not found.
 */
export const AuditTargetSchema = z.object({
  type: z.string(),
  id: z.string().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  ruleSet: z.object({ kind: z.enum(['PROVINCE_RULES', 'MIIT_SUFFIXES']), version: z.number().int() }).nullable(),
  year: z.number().int().nullable(),
});
export type AuditTarget = z.infer<typeof AuditTargetSchema>;

const JsonObject = z.record(z.string(), z.unknown());

export const AuditLogEntrySchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  /** Null for the system (jobs, answers relayed from MIIT). */
  actor: AuditActorSchema.nullable(),
  action: z.string(),
  /** The web app's translation key of the action, null for a name outside the catalogue. */
  labelKey: z.string().nullable(),
  target: AuditTargetSchema,
  filing: z.object({ id: z.uuid(), orderNo: z.string() }).nullable(),
  before: JsonObject.nullable(),
  after: JsonObject.nullable(),
  detail: JsonObject,
});
export type AuditLogEntry = z.infer<typeof AuditLogEntrySchema>;

export const AuditLogPageSchema = z.object({
  entries: z.array(AuditLogEntrySchema),
  nextBefore: z.number().int().nullable(),
  /** The order number asked for when no filing has it (the entries are then empty). */
  unknownOrderNo: z.string().nullable(),
});
export type AuditLogPage = z.infer<typeof AuditLogPageSchema>;

/** Staff and administrators who appear in the log, for the actor filter. */
export const AuditLogActorsSchema = z.object({
  actors: z.array(z.object({ id: z.uuid(), displayName: z.string(), email: z.string(), role: RoleSchema })),
});
export type AuditLogActors = z.infer<typeof AuditLogActorsSchema>;

/** The translation key of an action in the web app (`adminAuditLog.actions.<action>`). */
export const auditActionLabelKey = (action: string): string | null =>
  isAuditAction(action) ? `adminAuditLog.actions.${action}` : null;
