// /api/notifications: the in-console notification centre of the signed-in applicant, and its read state.
import {
  MarkNotificationsReadBodySchema,
  NotificationListSchema,
  ProblemSchema,
  UnreadCountSchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount, requireRole } from '../../plugins/auth.plugin.ts';
import type { NotificationsService } from './notifications.service.ts';

const tags = ['notifications'];
const problems = { 401: ProblemSchema, 403: ProblemSchema, 429: ProblemSchema };
const applicantOnly = requireRole('APPLICANT');

export const notificationsRoutes: FastifyPluginAsyncZod<{ notifications: NotificationsService }> = async (
  app,
  { notifications },
) => {
  app.get(
    '/',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary:
          "The applicant's newest 100 notifications (what happened to its filings), newest first, and the unread count",
        response: { 200: NotificationListSchema, ...problems },
      },
    },
    (request) => notifications.list(currentAccount(request).id),
  );

  app.get(
    '/unread-count',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary: "How many of the applicant's notifications are unread (the navigation's badge polls this)",
        response: { 200: UnreadCountSchema, ...problems },
      },
    },
    (request) => notifications.unreadCount(currentAccount(request).id),
  );

  app.post(
    '/read',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary: 'Mark the named notifications read, or all of them without `ids`; answers the unread count left',
        body: MarkNotificationsReadBodySchema,
        response: { 200: UnreadCountSchema, 400: ProblemSchema, ...problems },
      },
    },
    (request) => notifications.markRead(currentAccount(request).id, request.body),
  );
};
