// /api/filings: the applicant's wizard step 1 (verify), the list, detail and review history of its filings, and
// withdrawing or abandoning one.
// Applicants only: reviewers and admins work on filings through their own consoles.
import {
  AbandonBodySchema,
  FilingDetailSchema,
  FilingHistorySchema,
  FilingIdParamsSchema,
  FilingListSchema,
  ProblemSchema,
  VerifyBodySchema,
  VerifyResponseSchema,
  WithdrawBodySchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount, requireRole } from '../../plugins/auth.plugin.ts';
import type { FilingsService } from './filings.service.ts';
import type { VerifyService } from './verify.service.ts';

export const applicantOnly = requireRole('APPLICANT');
export const filingProblems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  429: ProblemSchema,
};
const tags = ['filings'];

export const filingsRoutes: FastifyPluginAsyncZod<{ verify: VerifyService; filings: FilingsService }> = async (
  app,
  { verify, filings },
) => {
  app.post(
    '/verify',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary: 'Step 1: run every verify check; unless one fails, open a DRAFT filing (201)',
        body: VerifyBodySchema,
        response: { 200: VerifyResponseSchema, 201: VerifyResponseSchema, ...filingProblems },
      },
    },
    async (request, reply) => {
      const { created, response } = await verify.verify(currentAccount(request).id, request.body);
      return reply.status(created ? 201 : 200).send(response);
    },
  );

  app.get(
    '/',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary: "The applicant's filings, newest first",
        response: { 200: FilingListSchema, ...filingProblems },
      },
    },
    (request) => filings.list(currentAccount(request).id),
  );

  app.get(
    '/:id',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary: 'One filing of the applicant, with every wizard step',
        params: FilingIdParamsSchema,
        response: { 200: FilingDetailSchema, ...filingProblems },
      },
    },
    (request) => filings.get(currentAccount(request).id, request.params.id),
  );

  app.get(
    '/:id/history',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary: "One filing's review rounds and status changes, oldest first; who acted is a party, never a person",
        params: FilingIdParamsSchema,
        response: { 200: FilingHistorySchema, ...filingProblems },
      },
    },
    (request) => filings.history(currentAccount(request).id, request.params.id),
  );

  app.post(
    '/:id/withdraw',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary: 'Withdraw a filing from initial review back to DRAFT, while no reviewer has claimed it',
        params: FilingIdParamsSchema,
        body: WithdrawBodySchema,
        response: { 200: FilingDetailSchema, ...filingProblems },
      },
    },
    (request) => filings.withdraw(currentAccount(request).id, request.params.id, request.body.version),
  );

  app.post(
    '/:id/abandon',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary: 'Abandon a filing before it reaches the bureau (frees its subject, domain and auth code)',
        params: FilingIdParamsSchema,
        body: AbandonBodySchema,
        response: { 200: FilingDetailSchema, ...filingProblems },
      },
    },
    (request) => filings.abandon(currentAccount(request).id, request.params.id, request.body.version),
  );
};
