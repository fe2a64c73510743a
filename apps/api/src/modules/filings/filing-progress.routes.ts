// /api/filings/:id/progress and /api/filings/:id/filed: the applicant's progress timeline of a filing, and the
// filed view once the bureau approved it. Applicants only, their own filings (others' are 404).
import { FiledViewSchema, FilingIdParamsSchema, FilingProgressSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import type { FiledViewService } from './filed-view.service.ts';
import type { FilingProgressService } from './filing-progress.service.ts';
import { applicantOnly, filingProblems } from './filings.routes.ts';

const tags = ['filings'];

export const filingProgressRoutes: FastifyPluginAsyncZod<{
  progress: FilingProgressService;
  filedView: FiledViewService;
}> = async (app, { progress, filedView }) => {
  app.get(
    '/:id/progress',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary:
          "The filing's progress: every stage with its party, times, expected end and overdue mark, and the next action",
        params: FilingIdParamsSchema,
        response: { 200: FilingProgressSchema, ...filingProblems },
      },
    },
    (request) => progress.progress(currentAccount(request).id, request.params.id),
  );

  app.get(
    '/:id/filed',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary:
          'A completed filing as the MIIT registry lists it: filing numbers, websites and access providers (409 before)',
        params: FilingIdParamsSchema,
        response: { 200: FiledViewSchema, ...filingProblems },
      },
    },
    (request) => filedView.filed(currentAccount(request).id, request.params.id),
  );
};
