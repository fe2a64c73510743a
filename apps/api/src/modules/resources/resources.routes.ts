// /api/resources: the applicant's cloud resources to file with (the verify step's choice of cloud service).
import { ProblemSchema, ResourceListSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount, requireRole } from '../../plugins/auth.plugin.ts';
import type { ResourcesService } from './resources.service.ts';

export const resourcesRoutes: FastifyPluginAsyncZod<{ resources: ResourcesService }> = async (app, { resources }) => {
  app.get(
    '/',
    {
      preHandler: requireRole('APPLICANT'),
      schema: {
        tags: ['resources'],
        summary: "The account's cloud resources, each with its eligibility checks for filing",
        response: { 200: ResourceListSchema, 401: ProblemSchema, 403: ProblemSchema, 429: ProblemSchema },
      },
    },
    (request) => resources.list(currentAccount(request).id),
  );
};
