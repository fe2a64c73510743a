// /api/review decision routes: the reason catalogue, approve and reject (reviewers and admins holding the claim).
import {
  ApproveBodySchema,
  ProblemSchema,
  REVIEW_REASONS,
  REVIEWING_ROLES,
  RejectBodySchema,
  ReviewDecisionSchema,
  ReviewFilingParamsSchema,
  ReviewReasonCatalogueSchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount, requireRole } from '../../plugins/auth.plugin.ts';
import type { ReviewDecisionService } from './review-decisions.service.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };
const reviewer = requireRole(...REVIEWING_ROLES);
const tags = ['review'];

export const reviewDecisionRoutes: FastifyPluginAsyncZod<{ decisions: ReviewDecisionService }> = async (
  app,
  { decisions },
) => {
  app.get(
    '/reasons',
    {
      preHandler: reviewer,
      schema: {
        tags,
        summary: 'The catalogue of rejection reasons, with the applicant’s words in Chinese and English',
        response: { 200: ReviewReasonCatalogueSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    () => ({ reasons: [...REVIEW_REASONS] }),
  );

  app.post(
    '/filings/:id/approve',
    {
      preHandler: reviewer,
      schema: {
        tags,
        summary: 'Approves the initial review (needs the claim and the current version); the lease is released',
        params: ReviewFilingParamsSchema,
        body: ApproveBodySchema,
        response: { 200: ReviewDecisionSchema, ...problems },
      },
    },
    (request) =>
      decisions.decide(currentAccount(request), request.params.id, { kind: 'approve', version: request.body.version }),
  );

  app.post(
    '/filings/:id/reject',
    {
      preHandler: reviewer,
      schema: {
        tags,
        summary: 'Rejects the initial review with one or more field-level reasons; the applicant is notified',
        params: ReviewFilingParamsSchema,
        body: RejectBodySchema,
        response: { 200: ReviewDecisionSchema, ...problems },
      },
    },
    (request) => decisions.decide(currentAccount(request), request.params.id, { kind: 'reject', ...request.body }),
  );
};
