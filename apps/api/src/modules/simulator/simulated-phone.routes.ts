// GET /api/filings/:id/simulated-phone: the texts the simulated SMS gateway sent to the numbers on the applicant's own
// filing. Registered only while the simulators run; without them the route does not exist (404).
import { FilingIdParamsSchema, ProblemSchema, SimulatedPhoneSchema } from '@beian/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import { applicantOnly } from '../filings/filings.routes.ts';
import type { SimulatedPhoneService } from './simulated-phone.service.ts';

// The SMS field polls while the phone is open (every few seconds); the limit leaves room for that and no more.
const perAccount = {
  rateLimit: {
    max: 30,
    timeWindow: '1 minute',
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => request.account?.id ?? request.ip,
  },
};

export const simulatedPhoneRoutes: FastifyPluginAsyncZod<{ phone: SimulatedPhoneService }> = async (app, { phone }) => {
  app.get(
    '/:id/simulated-phone',
    {
      preHandler: applicantOnly,
      config: perAccount,
      schema: {
        tags: ['simulator'],
        summary: "Texts the simulated SMS gateway sent to the numbers on the applicant's own filing, newest first",
        params: FilingIdParamsSchema,
        response: {
          200: SimulatedPhoneSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          429: ProblemSchema,
        },
      },
    },
    (request) => phone.inbox(currentAccount(request).id, request.params.id),
  );
};
