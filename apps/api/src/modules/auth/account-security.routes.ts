// /api/auth: the signed-in account's password and sessions (any role).
import {
  AccountSessionListSchema,
  AccountSessionParamsSchema,
  ChangePasswordBodySchema,
  ChangePasswordResponseSchema,
  EndedSessionsSchema,
  ProblemSchema,
} from '@beian/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UnauthenticatedError } from '../../lib/app-error.ts';
import { currentAccount, requireRole } from '../../plugins/auth.plugin.ts';
import type { AccountSecurityService, Caller } from './account-security.service.ts';
import type { AuthCookies } from './auth-cookies.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 429: ProblemSchema };
const signedIn = requireRole();

function callerOf(request: FastifyRequest): Caller {
  const { id } = currentAccount(request);
  if (!request.sessionId) throw new UnauthenticatedError();
  return { accountId: id, sessionId: request.sessionId };
}

export const accountSecurityRoutes: FastifyPluginAsyncZod<{
  security: AccountSecurityService;
  cookies: AuthCookies;
}> = async (app, { security, cookies }) => {
  app.post(
    '/password',
    {
      preHandler: signedIn,
      schema: {
        tags: ['auth'],
        summary: 'Change the password (the current one required); every other session ends',
        body: ChangePasswordBodySchema,
        response: { 200: ChangePasswordResponseSchema, ...problems },
      },
    },
    async (request) => ({ endedSessions: await security.changePassword(callerOf(request), request.body) }),
  );

  app.get(
    '/sessions',
    {
      preHandler: signedIn,
      schema: {
        tags: ['auth'],
        summary: 'The browsers signed in to this account',
        response: { 200: AccountSessionListSchema, 401: ProblemSchema },
      },
    },
    async (request) => ({ sessions: await security.sessions(callerOf(request)) }),
  );

  app.post(
    '/sessions/end-others',
    {
      preHandler: signedIn,
      schema: {
        tags: ['auth'],
        summary: 'Sign out every other browser signed in to this account',
        response: { 200: EndedSessionsSchema, ...problems },
      },
    },
    async (request) => ({ ended: await security.endOtherSessions(callerOf(request)) }),
  );

  app.delete(
    '/sessions/:id',
    {
      preHandler: signedIn,
      schema: {
        tags: ['auth'],
        summary: 'Sign out one browser signed in to this account (this one included)',
        params: AccountSessionParamsSchema,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      await security.endSession(caller, request.params.id);
      if (request.params.id === caller.sessionId) cookies.clearSession(reply);
      return reply.status(204).send(null);
    },
  );
};
