// The notifications a filing event causes, written into the outbox inside that event's transaction: an IN_APP row
// (delivered by being written), and EMAIL and SMS rows that the delivery job sends after commit. An account's own
// emails (its confirmation link, a changed password) go through the same outbox, email only.
import type { NotificationTemplate } from '@beian/contracts';
import type { Tx } from '../../infra/db.ts';
import type { NotificationDraft, NotificationsRepository } from './notifications.repository.ts';

export type FilingNotice = {
  accountId: string;
  filingId: string;
  template: NotificationTemplate;
  params: Record<string, string>;
  /** The account's email, and the principal's confirmed mobile; a channel without an address is skipped. */
  email: string | null;
  mobile: string | null;
  now: Date;
};

export function createNotificationOutbox(repo: NotificationsRepository) {
  return {
    async notify(notice: FilingNotice, tx: Tx): Promise<void> {
      const base = {
        accountId: notice.accountId,
        filingId: notice.filingId,
        template: notice.template,
        params: notice.params,
        createdAt: notice.now,
      };
      const drafts: NotificationDraft[] = [{ ...base, channel: 'IN_APP', status: 'SENT', sentAt: notice.now }];
      if (notice.email) drafts.push({ ...base, channel: 'EMAIL', recipient: notice.email });
      if (notice.mobile) drafts.push({ ...base, channel: 'SMS', recipient: notice.mobile });
      await repo.enqueue(drafts, tx);
    },

    /** One email about the account itself, not about a filing. */
    async email(
      mail: { accountId: string; to: string; template: string; params: Record<string, string> },
      now: Date,
      tx: Tx,
    ): Promise<void> {
      const { accountId, to, template, params } = mail;
      await repo.enqueue([{ accountId, channel: 'EMAIL', recipient: to, template, params, createdAt: now }], tx);
    },

    countSince: repo.countSince,
  };
}

export type NotificationOutbox = ReturnType<typeof createNotificationOutbox>;
