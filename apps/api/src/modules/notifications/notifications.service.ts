// The applicant's notification centre: the IN_APP rows of the outbox, newest first.
import { type Notification, NotificationTemplateSchema } from '@beian/contracts';
import { z } from 'zod';
import type { NotificationsRepository } from './notifications.repository.ts';

const LIST_LIMIT = 100;

export function createNotificationsService({ repo }: { repo: NotificationsRepository }) {
  return {
    async list(accountId: string): Promise<{ notifications: Notification[] }> {
      const rows = await repo.listInApp(accountId, LIST_LIMIT);
      return {
        notifications: rows.map((row) => ({
          id: row.id,
          filingId: row.filingId,
          template: NotificationTemplateSchema.parse(row.template),
          params: z.record(z.string(), z.string()).parse(row.params),
          createdAt: row.createdAt.toISOString(),
        })),
      };
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
