// /api/review: reviewer-only routes (reviewers and admins).
import { ProblemSchema, REVIEWING_ROLES, ReviewDashboardSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../../plugins/auth.plugin.ts';
import type { ReviewService } from './review.service.ts';

export const reviewRoutes: FastifyPluginAsyncZod<{ review: ReviewService }> = async (app, { review }) => {
  app.get(
    '/dashboard',
    {
      preHandler: requireRole(...REVIEWING_ROLES),
      schema: {
        tags: ['review'],
        summary: 'Queue depth per review stage, overdue count and each reviewer’s decisions today (Beijing time)',
        response: { 200: ReviewDashboardSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    () => review.dashboard(),
  );
};
