// /api/setup: the first administrator, through the one-time link the console prints at start.
import {
  FirstAdminBodySchema,
  MeResponseSchema,
  ProblemSchema,
  SetupLinkSchema,
  SetupTokenBodySchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SetupService } from './setup.service.ts';

const problems = { 400: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 429: ProblemSchema };
// The token has 256 bits, so guessing is hopeless anyway; the budget keeps the endpoint from being a cheap target.
const budget = { rateLimit: { max: 20, timeWindow: '1 hour' } };

export const setupRoutes: FastifyPluginAsyncZod<{ setup: SetupService }> = async (app, { setup }) => {
  app.post(
    '/link',
    {
      config: budget,
      schema: {
        tags: ['setup'],
        summary: 'Check a one-time setup link before showing its form',
        body: SetupTokenBodySchema,
        response: { 200: SetupLinkSchema, ...problems },
      },
    },
    (request) => setup.checkLink(request.body.token),
  );

  app.post(
    '/admin',
    {
      config: budget,
      schema: {
        tags: ['setup'],
        summary: 'Create the first administrator with a one-time setup link',
        body: FirstAdminBodySchema,
        response: { 201: MeResponseSchema, ...problems },
      },
    },
    async (request, reply) => {
      const account = await setup.createFirstAdmin(request.body, request.id);
      return reply.status(201).send({ account });
    },
  );
};
