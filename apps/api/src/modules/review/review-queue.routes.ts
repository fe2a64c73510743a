// /api/review queue and lease routes (reviewers and admins; reassignment by admins only).
import {
  AssignBodySchema,
  ClaimNextBodySchema,
  ClaimResultSchema,
  ProblemSchema,
  REVIEWING_ROLES,
  ReviewFilingParamsSchema,
  ReviewLeaseSchema,
  ReviewQueueQuerySchema,
  ReviewQueueSchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentAccount, requireRole } from '../../plugins/auth.plugin.ts';
import type { ReviewQueueService } from './review-queue.service.ts';

const problems = { 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };
const reviewer = requireRole(...REVIEWING_ROLES);
const tags = ['review'];

export const reviewQueueRoutes: FastifyPluginAsyncZod<{ queue: ReviewQueueService }> = async (app, { queue }) => {
  app.get(
    '/queue',
    {
      preHandler: reviewer,
      schema: {
        tags,
        summary: 'A review queue sorted by due time (overdue first), with counts per filter',
        querystring: ReviewQueueQuerySchema,
        response: { 200: ReviewQueueSchema, ...problems },
      },
    },
    (request) => queue.queue(request.query),
  );

  app.post(
    '/claim-next',
    {
      preHandler: reviewer,
      schema: {
        tags,
        summary:
          'Claims the most urgent unclaimed filing of a stage (within the given queue filters) for 30 minutes; filing null when none waits',
        body: ClaimNextBodySchema,
        response: { 200: ClaimResultSchema, ...problems },
      },
    },
    (request) => queue.claimNext(request.body, currentAccount(request)),
  );

  app.post(
    '/filings/:id/claim',
    {
      preHandler: reviewer,
      schema: {
        tags,
        summary:
          'Claims this filing for 30 minutes when no other reviewer holds it (409 CLAIMED_BY_ANOTHER when one does)',
        params: ReviewFilingParamsSchema,
        response: { 200: ReviewLeaseSchema, ...problems },
      },
    },
    (request) => queue.claim(request.params.id, currentAccount(request)),
  );

  app.post(
    '/filings/:id/lease',
    {
      preHandler: reviewer,
      schema: {
        tags,
        summary: 'Renews the caller’s claim on a filing for another 30 minutes',
        params: ReviewFilingParamsSchema,
        response: { 200: ReviewLeaseSchema, ...problems },
      },
    },
    (request) => queue.renew(request.params.id, currentAccount(request)),
  );

  app.delete(
    '/filings/:id/lease',
    {
      preHandler: reviewer,
      schema: {
        tags,
        summary: 'Releases the caller’s claim: the filing returns to the queue',
        params: ReviewFilingParamsSchema,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await queue.release(request.params.id, currentAccount(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/filings/:id/assign',
    {
      onRequest: requireRole('ADMIN'),
      schema: {
        tags,
        summary: 'Hands a filing in review to another reviewer with a fresh lease (audit-logged)',
        params: ReviewFilingParamsSchema,
        body: AssignBodySchema,
        response: { 200: ReviewLeaseSchema, ...problems },
      },
    },
    (request) =>
      queue.assign({
        id: request.params.id,
        reviewerId: request.body.reviewerId,
        admin: currentAccount(request),
        requestId: request.id,
      }),
  );
};
