// GET /api/review/filings/:id: one filing as the reviewer compares it (reviewers and admins).
import { ProblemSchema, REVIEWING_ROLES, ReviewFilingDetailSchema, ReviewFilingParamsSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../../plugins/auth.plugin.ts';
import type { ReviewDetailService } from './review-detail.service.ts';

export const reviewDetailRoutes: FastifyPluginAsyncZod<{ detail: ReviewDetailService }> = async (app, { detail }) => {
  app.get(
    '/filings/:id',
    {
      preHandler: requireRole(...REVIEWING_ROLES),
      schema: {
        tags: ['review'],
        summary: 'A filing with the registry and domain records, materials, sheet rules and its history',
        params: ReviewFilingParamsSchema,
        response: { 200: ReviewFilingDetailSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema },
      },
    },
    (request) => detail.detail(request.params.id),
  );
};
