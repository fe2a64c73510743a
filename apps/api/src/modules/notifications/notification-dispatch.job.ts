// Delivers the outbox's EMAIL and SMS rows after their transaction committed: claims a batch, sends each, and marks
// it SENT, or due again later with a growing delay, or FAILED after the last attempt. Addresses are never logged.
import { NotificationTemplateSchema } from '@beian/contracts';
import { z } from 'zod';
import type { MailSender } from '../../adapters/mail/mail.port.ts';
import type { SmsGateway } from '../../adapters/sms/sms.port.ts';
import type { Notification } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { emailOf, smsOf } from './notification-texts.ts';
import type { NotificationsRepository } from './notifications.repository.ts';

export const MAX_ATTEMPTS = 5;
const MINUTE = 60_000;
/** A claimed row is not due again for this long, so a crashed run's rows are retried but never sent twice at once. */
const CLAIM_LEASE_MS = 10 * MINUTE;
const BATCH = 50;

const ParamsSchema = z.record(z.string(), z.string());

/** Words emails of templates other than the filing notifications' (the account's own emails), or gives undefined. */
export type OtherEmails = (
  template: string,
  params: Readonly<Record<string, string>>,
) => { subject: string; text: string } | undefined;

export type DispatchReport = { sent: number; retrying: number; failed: number };

export function createNotificationDispatch(deps: {
  repo: NotificationsRepository;
  sms: SmsGateway;
  mail: MailSender;
  clock: Clock;
  otherEmails?: OtherEmails;
}) {
  const { repo, sms, mail, clock } = deps;

  async function deliver(row: Notification): Promise<string> {
    const params = ParamsSchema.parse(row.params);
    if (!row.recipient) throw new Error(`${row.channel} notification without a recipient`);
    const other = row.channel === 'EMAIL' ? deps.otherEmails?.(row.template, params) : undefined;
    if (other) return (await mail.send({ to: row.recipient, ...other })).messageId;
    const template = NotificationTemplateSchema.parse(row.template);
    if (row.channel === 'SMS') {
      const text = smsOf(template, params);
      return (await sms.send({ mobile: row.recipient, ...text, purpose: 'NOTIFICATION' })).messageId;
    }
    return (await mail.send({ to: row.recipient, ...emailOf(template, params) })).messageId;
  }

  return async function dispatchNotifications(): Promise<DispatchReport> {
    const report: DispatchReport = { sent: 0, retrying: 0, failed: 0 };
    const now = clock.now();
    for (const row of await repo.claimDue(now, BATCH, new Date(now.getTime() + CLAIM_LEASE_MS))) {
      try {
        await repo.markSent(row.id, await deliver(row), clock.now());
        report.sent += 1;
      } catch (error) {
        const reason = (error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error').slice(0, 300);
        // 2, 4, 8, 16 minutes between attempts; then the row stays FAILED for an operator to look at.
        const retryAt =
          row.attempts < MAX_ATTEMPTS ? new Date(clock.now().getTime() + 2 ** row.attempts * MINUTE) : null;
        await repo.markFailedAttempt(row.id, reason, retryAt);
        if (retryAt) report.retrying += 1;
        else report.failed += 1;
      }
    }
    return report;
  };
}

export type NotificationDispatch = ReturnType<typeof createNotificationDispatch>;
