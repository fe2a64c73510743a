// GET /api/review/reviewers: whom an admin may reassign a review claim to (admins only).
import { ProblemSchema, ReviewerListSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../../plugins/auth.plugin.ts';
import type { ReviewersService } from './reviewers.service.ts';

export const reviewersRoutes: FastifyPluginAsyncZod<{ reviewers: ReviewersService }> = async (app, { reviewers }) => {
  app.get(
    '/reviewers',
    {
      onRequest: requireRole('ADMIN'),
      schema: {
        tags: ['review'],
        summary: 'Active reviewers and admins by display name, each with the review claims it holds now',
        response: { 200: ReviewerListSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    () => reviewers.list(),
  );
};
