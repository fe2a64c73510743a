// The bureau stage's routes: for reviewers (/api/review) the filings a failed SMS check returned and their
// resubmission to the bureau; for the applicant (/api/filings) the SMS check of their filing and the codes' resend.
import {
  BureauCheckResponseSchema,
  FilingIdParamsSchema,
  ProblemSchema,
  REVIEWING_ROLES,
  ResubmitToBureauBodySchema,
  ReturnedFilingListSchema,
  ReviewDecisionSchema,
  ReviewFilingParamsSchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount, requireRole } from '../../plugins/auth.plugin.ts';
import { applicantOnly, filingProblems } from '../filings/filings.routes.ts';
import type { BureauCheckService } from './bureau-check.service.ts';
import type { BureauReturns } from './bureau-returns.service.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };
const reviewer = requireRole(...REVIEWING_ROLES);

/** /api/review/returned and /api/review/filings/:id/resubmit-to-bureau */
export const bureauReviewRoutes: FastifyPluginAsyncZod<{ returns: BureauReturns }> = async (app, { returns }) => {
  app.get(
    '/returned',
    {
      preHandler: reviewer,
      schema: {
        tags: ['review'],
        summary: 'Filings whose MIIT SMS check failed (SMS_FAILED), oldest failure first',
        response: { 200: ReturnedFilingListSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    () => returns.list(),
  );

  app.post(
    '/filings/:id/resubmit-to-bureau',
    {
      preHandler: reviewer,
      schema: {
        tags: ['review'],
        summary: 'Submits a filing whose SMS check failed to the bureau again, with the reason; MIIT texts new codes',
        params: ReviewFilingParamsSchema,
        body: ResubmitToBureauBodySchema,
        response: { 200: ReviewDecisionSchema, ...problems },
      },
    },
    (request) => returns.resubmit(currentAccount(request), request.params.id, request.body),
  );
};

/** /api/filings/:id/bureau and /api/filings/:id/bureau/resend */
export const bureauCheckRoutes: FastifyPluginAsyncZod<{ check: BureauCheckService }> = async (app, { check }) => {
  app.get(
    '/:id/bureau',
    {
      preHandler: applicantOnly,
      schema: {
        tags: ['filings'],
        summary: 'The bureau stage: the newest round, its MIIT SMS check (who confirmed, the deadline) and decision',
        params: FilingIdParamsSchema,
        response: { 200: BureauCheckResponseSchema, ...filingProblems },
      },
    },
    (request) => check.check(currentAccount(request).id, request.params.id),
  );

  app.post(
    '/:id/bureau/resend',
    {
      preHandler: applicantOnly,
      schema: {
        tags: ['filings'],
        summary: 'MIIT texts the unconfirmed verifiers their codes again (at most once a minute; 429 before)',
        params: FilingIdParamsSchema,
        response: { 200: BureauCheckResponseSchema, ...filingProblems },
      },
    },
    (request) => check.resend(currentAccount(request).id, request.params.id),
  );
};
