// The applicant's notification centre: the IN_APP rows of the outbox, newest first, and which of them are unread.
import {
  type MarkNotificationsReadBody,
  type Notification,
  type NotificationList,
  NotificationTemplateSchema,
  type UnreadCount,
} from '@beian/contracts';
import { z } from 'zod';
import type { Notification as NotificationRow } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import type { NotificationsRepository } from './notifications.repository.ts';

/** The centre shows the newest 100; older ones have long been acted on, and the unread count still includes them. */
const LIST_LIMIT = 100;

const ParamsSchema = z.record(z.string(), z.string());

const viewOf = (row: NotificationRow): Notification => ({
  id: row.id,
  filingId: row.filingId,
  template: NotificationTemplateSchema.parse(row.template),
  params: ParamsSchema.parse(row.params),
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});

export function createNotificationsService({ repo, clock }: { repo: NotificationsRepository; clock: Clock }) {
  return {
    async list(accountId: string): Promise<NotificationList> {
      const [rows, unread] = await Promise.all([repo.listInApp(accountId, LIST_LIMIT), repo.countUnread(accountId)]);
      return { notifications: rows.map(viewOf), unread };
    },

    /** What the navigation's badge polls: a single indexed count. */
    async unreadCount(accountId: string): Promise<UnreadCount> {
      return { unread: await repo.countUnread(accountId) };
    },

    async markRead(accountId: string, body: MarkNotificationsReadBody): Promise<UnreadCount> {
      await repo.markRead(accountId, body.ids, clock.now());
      return { unread: await repo.countUnread(accountId) };
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
