// POST /api/filings/:id/submit: step 3's last action, submitting the filing for initial review.
import { FilingIdParamsSchema, SubmitBodySchema, SubmitResponseSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import { applicantOnly, filingProblems } from '../filings/filings.routes.ts';
import type { SubmissionService } from './submission.service.ts';

export const submissionRoutes: FastifyPluginAsyncZod<{ submission: SubmissionService }> = async (
  app,
  { submission },
) => {
  app.post(
    '/:id/submit',
    {
      preHandler: applicantOnly,
      schema: {
        tags: ['filings'],
        summary: 'Submit for initial review with the agreement (again after a rejection); repeating a press is safe',
        params: FilingIdParamsSchema,
        body: SubmitBodySchema,
        response: { 200: SubmitResponseSchema, ...filingProblems },
      },
    },
    (request) => submission.submit(currentAccount(request), request.params.id, request.body),
  );
};
