// Prisma access for the notification outbox: rows written inside the transaction that causes them, the in-console
// list with its read state, and the delivery job's claims and results.
import type { NotificationChannel, Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';

export type NotificationDraft = Omit<Prisma.NotificationUncheckedCreateInput, 'id'>;

const DELIVERED_BY_JOB: NotificationChannel[] = ['EMAIL', 'SMS'];

export function createNotificationsRepository(db: Db) {
  return {
    enqueue: async (drafts: readonly NotificationDraft[], tx: Tx = db) => {
      await tx.notification.createMany({ data: [...drafts] });
    },

    /** How many rows of these templates the account got since `since` (e.g. to cap emails a stranger can trigger). */
    countSince: (accountId: string, templates: readonly string[], since: Date, tx: Tx = db) =>
      tx.notification.count({ where: { accountId, template: { in: [...templates] }, createdAt: { gte: since } } }),

    listInApp: (accountId: string, limit: number, tx: Tx = db) =>
      tx.notification.findMany({
        where: { accountId, channel: 'IN_APP' },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: limit,
      }),

    countUnread: (accountId: string, tx: Tx = db) =>
      tx.notification.count({ where: { accountId, channel: 'IN_APP', readAt: null } }),

    /**
     * Marks the account's unread IN_APP rows read at `now`: those named by `ids`, or all of them. Ids of other accounts'
     * rows (or of texts and emails) match nothing, so they are left alone without telling the caller they exist.
     */
    markRead: (accountId: string, ids: readonly string[] | undefined, now: Date, tx: Tx = db) =>
      tx.notification.updateMany({
        where: { accountId, channel: 'IN_APP', readAt: null, ...(ids ? { id: { in: [...ids] } } : {}) },
        data: { readAt: now },
      }),

    /**
     * Claims up to `limit` due rows for one delivery attempt: each is taken only if nobody changed it since it was
     * read (attempts still equal), and is not due again before `leaseUntil`, so two runs never send one row twice.
     */
    async claimDue(now: Date, limit: number, leaseUntil: Date) {
      const due = await db.notification.findMany({
        where: {
          status: 'PENDING',
          channel: { in: DELIVERED_BY_JOB },
          OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }],
        },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: limit,
      });
      const claimed = [];
      for (const row of due) {
        const { count } = await db.notification.updateMany({
          where: { id: row.id, status: 'PENDING', attempts: row.attempts },
          data: { attempts: { increment: 1 }, nextAttemptAt: leaseUntil },
        });
        if (count === 1) claimed.push({ ...row, attempts: row.attempts + 1 });
      }
      return claimed;
    },

    markSent: (id: string, result: string, now: Date) =>
      db.notification.update({ where: { id }, data: { status: 'SENT', sentAt: now, result, nextAttemptAt: null } }),

    markFailedAttempt: (id: string, result: string, retryAt: Date | null) =>
      db.notification.update({
        where: { id },
        data: retryAt ? { result, nextAttemptAt: retryAt } : { result, status: 'FAILED', nextAttemptAt: null },
      }),
  };
}

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
