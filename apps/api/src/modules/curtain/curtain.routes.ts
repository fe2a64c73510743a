// The curtain mail-out: GET /api/curtain-request (the account's request, or null) and
// POST /api/filings/:id/curtain-request (the free curtain for a filing waiting for its photo, once per account; one
// more for each grant an admin gave, postage paid by the applicant).
import {
  AccountCurtainRequestSchema,
  CurtainRequestInputSchema,
  CurtainRequestSchema,
  FilingIdParamsSchema,
  ProblemSchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import { applicantOnly, filingProblems } from '../filings/filings.routes.ts';
import type { CurtainRequestService } from './curtain-request.service.ts';

const tags = ['photo'];

export const curtainRoutes: FastifyPluginAsyncZod<{ curtain: CurtainRequestService }> = async (app, { curtain }) => {
  app.get(
    '/api/curtain-request',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary:
          "The account's newest curtain request with its planned dispatch date and tracking (or null), and whether one more was granted",
        response: { 200: AccountCurtainRequestSchema, 401: ProblemSchema, 403: ProblemSchema, 429: ProblemSchema },
      },
    },
    (request) => curtain.ofAccount(currentAccount(request).id),
  );

  app.post(
    '/api/filings/:id/curtain-request',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary:
          'Request the free curtain for a filing waiting for its photo (one per account; a further one only on an admin grant, postage paid by the applicant; 409 otherwise)',
        params: FilingIdParamsSchema,
        body: CurtainRequestInputSchema,
        response: { 201: CurtainRequestSchema, ...filingProblems },
      },
    },
    async (request, reply) => {
      const created = await curtain.request(currentAccount(request).id, request.params.id, request.body);
      return reply.status(201).send(created);
    },
  );
};
