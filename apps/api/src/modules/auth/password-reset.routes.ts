// /api/auth/password-reset: ask for a reset link by email, and set a new password with it. Public, rate-limited.
import {
  PasswordResetCompleteBodySchema,
  PasswordResetRequestBodySchema,
  PasswordResetRequestedSchema,
  ProblemSchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PasswordResetService } from './password-reset.service.ts';

const problems = { 400: ProblemSchema, 403: ProblemSchema, 429: ProblemSchema };
const limit = { rateLimit: { max: 20, timeWindow: '1 hour' } };

export const passwordResetRoutes: FastifyPluginAsyncZod<{ passwordReset: PasswordResetService }> = async (
  app,
  { passwordReset },
) => {
  app.post(
    '/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary: 'Ask for a password reset link by email',
        description:
          'Always 202 with the same body: whether the address has an account is not told. An active, confirmed ' +
          'account gets a one-time link good for 60 minutes; a newer link ends the older ones.',
        body: PasswordResetRequestBodySchema,
        response: { 202: PasswordResetRequestedSchema, ...problems },
      },
      config: limit,
    },
    async (request, reply) => {
      await passwordReset.request(request.body.email);
      return reply.status(202).send({ email: request.body.email });
    },
  );

  app.post(
    '/password-reset/complete',
    {
      schema: {
        tags: ['auth'],
        summary: "Set a new password with a reset link's token; every session of the account ends",
        description: 'An expired, used, replaced or unknown link: PASSWORD_RESET_LINK_INVALID, alike.',
        body: PasswordResetCompleteBodySchema,
        response: { 204: z.null(), ...problems },
      },
      config: limit,
    },
    async (request, reply) => {
      await passwordReset.complete(request.body, request.id);
      return reply.status(204).send(null);
    },
  );
};
