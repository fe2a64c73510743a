// /api/notifications: the in-console notification centre of the signed-in applicant.
import { NotificationListSchema, ProblemSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount, requireRole } from '../../plugins/auth.plugin.ts';
import type { NotificationsService } from './notifications.service.ts';

export const notificationsRoutes: FastifyPluginAsyncZod<{ notifications: NotificationsService }> = async (
  app,
  { notifications },
) => {
  app.get(
    '/',
    {
      preHandler: requireRole('APPLICANT'),
      schema: {
        tags: ['notifications'],
        summary: "The applicant's notifications (what happened to its filings), newest first",
        response: { 200: NotificationListSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    (request) => notifications.list(currentAccount(request).id),
  );
};
