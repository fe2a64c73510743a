// GET /api/filings/:id/photo: the applicant's step 4, the verification photo (办理拍照).
import { FilingIdParamsSchema, PhotoStepSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import { applicantOnly, filingProblems } from '../filings/filings.routes.ts';
import type { PhotoStepService } from './photo-step.service.ts';

export const photoStepRoutes: FastifyPluginAsyncZod<{ photoStep: PhotoStepService }> = async (app, { photoStep }) => {
  app.get(
    '/:id/photo',
    {
      preHandler: applicantOnly,
      schema: {
        tags: ['filings'],
        summary: 'Step 4: when the initial review approved the filing and which photo methods it may use (409 before)',
        params: FilingIdParamsSchema,
        response: { 200: PhotoStepSchema, ...filingProblems },
      },
    },
    (request) => photoStep.step(currentAccount(request).id, request.params.id),
  );
};
