// /api/filings/:id/websites: step 2.2 of the wizard (the subject's filed websites and the applicant's entries).
import {
  DetectedWebsitesSchema,
  FilingDetailSchema,
  FilingIdParamsSchema,
  UpdateWebsitesBodySchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import { applicantOnly, filingProblems } from './filings.routes.ts';
import type { WebsitesService } from './websites.service.ts';

const tags = ['filings'];

export const websitesRoutes: FastifyPluginAsyncZod<{ websites: WebsitesService }> = async (app, { websites }) => {
  app.get(
    '/:id/websites/detected',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary: "Every website of the filing's subject in the MIIT registry (IDNs in Unicode)",
        params: FilingIdParamsSchema,
        response: { 200: DetectedWebsitesSchema, ...filingProblems },
      },
    },
    (request) => websites.detected(currentAccount(request).id, request.params.id),
  );

  app.put(
    '/:id/websites',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary: 'Step 2.2: save the website entries (cloud service checked, principal per website)',
        params: FilingIdParamsSchema,
        body: UpdateWebsitesBodySchema,
        response: { 200: FilingDetailSchema, ...filingProblems },
      },
    },
    (request) => websites.update(currentAccount(request).id, request.params.id, request.body),
  );
};
