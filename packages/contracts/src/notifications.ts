// The applicant's in-console notification centre: what happened to a filing, as a template code and its parameters
// (the web app words them in the reader's language).
import { z } from 'zod';

export const NOTIFICATION_TEMPLATES = [
  'FILING_SUBMITTED',
  'INITIAL_APPROVED',
  'INITIAL_REJECTED',
  'IDLE_REMINDER',
  'FILING_EXPIRED',
  'PHOTO_SUBMITTED',
  'SECOND_APPROVED',
  'SECOND_REJECTED',
  'CURTAIN_SHIPPED',
  'BUREAU_SUBMITTED',
  'BUREAU_SMS_CONFIRMED',
  'BUREAU_SMS_FAILED',
  'BUREAU_APPROVED',
  'BUREAU_REJECTED',
] as const;
export const NotificationTemplateSchema = z.enum(NOTIFICATION_TEMPLATES);
export type NotificationTemplate = z.infer<typeof NotificationTemplateSchema>;

export const NotificationSchema = z.object({
  id: z.uuid(),
  filingId: z.uuid().nullable(),
  template: NotificationTemplateSchema,
  /**
   * FILING_SUBMITTED: `orderNo`, `dueAt` (end of the initial review's SLA, ISO 8601 instant) and `resubmitted`
   * ('true' after a rejection). INITIAL_APPROVED: `orderNo`. INITIAL_REJECTED: `orderNo` and `reasons` (the
   * reasons' messages joined by '；'; the filing's rejection holds them field by field). IDLE_REMINDER: `orderNo`,
   * `day` (how many idle days this reminder is for: '7', '15' or '30') and `expiresAt` (when the filing expires if it
   * stays idle, ISO 8601 instant). FILING_EXPIRED: `orderNo`. PHOTO_SUBMITTED: `orderNo`, `method` (APP_CHECK,
   * PHOTO_POINT or CURTAIN) and `dueAt` (end of the second review's SLA). SECOND_APPROVED: `orderNo`.
   * SECOND_REJECTED: `orderNo` and `reasons` (joined by '；'). CURTAIN_SHIPPED: `orderNo` and `trackingNo`.
   * BUREAU_SUBMITTED: `orderNo`, `smsDeadline` (end of MIIT's 24-hour SMS check, ISO 8601) and `round` ('1' the
   * first time). BUREAU_SMS_CONFIRMED: `orderNo` and `bureauDueAt` (end of the bureau's review). BUREAU_SMS_FAILED:
   * `orderNo` and `failure` (DEADLINE or WRONG_CODES). BUREAU_APPROVED: `orderNo`, `subjectFilingNo` and
   * `websiteFilingNos` (joined by '、'). BUREAU_REJECTED: `orderNo` and `reason` (the bureau's text).
   */
  params: z.record(z.string(), z.string()),
  createdAt: z.iso.datetime(),
  /** When the applicant opened it in the notification centre; null while unread. */
  readAt: z.iso.datetime().nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListSchema = z.object({
  notifications: z.array(NotificationSchema),
  /** How many of the account's in-console notifications are unread (all of them, not only this page). */
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof NotificationListSchema>;

/** Marks the named notifications read, or all of the account's when `ids` is left out. Already-read ones stay as they are. */
export const MarkNotificationsReadBodySchema = z.strictObject({ ids: z.array(z.uuid()).min(1).max(100).optional() });
export type MarkNotificationsReadBody = z.infer<typeof MarkNotificationsReadBodySchema>;

export const UnreadCountSchema = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof UnreadCountSchema>;
