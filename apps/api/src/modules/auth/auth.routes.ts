// /api/auth: CSRF token, sign-up, sign-in, sign-out, the current account and its language.
import {
  CsrfResponseSchema,
  LoginBodySchema,
  MeResponseSchema,
  ProblemSchema,
  RegisterBodySchema,
  UpdateLocaleBodySchema,
} from '@beian/contracts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentAccount, requireRole } from '../../plugins/auth.plugin.ts';
import type { AuthService } from './auth.service.ts';
import { SESSION_COOKIE } from './session-token.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 409: ProblemSchema, 429: ProblemSchema };

export const authRoutes: FastifyPluginAsyncZod<{ auth: AuthService; secureCookies: boolean }> = async (app, opts) => {
  const setSessionCookie = (reply: FastifyReply, session: { token: string; expiresAt: Date }) =>
    reply.setCookie(SESSION_COOKIE, session.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: opts.secureCookies,
      expires: session.expiresAt,
    });

  app.get(
    '/csrf',
    {
      schema: {
        tags: ['auth'],
        summary: 'Get a CSRF token for state-changing requests',
        response: { 200: CsrfResponseSchema },
      },
    },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.post(
    '/register',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an applicant account',
        body: RegisterBodySchema,
        response: { 201: MeResponseSchema, ...problems },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 hour' } },
    },
    async (request, reply) => {
      const { account, session } = await opts.auth.register(request.body, request.headers['user-agent']);
      setSessionCookie(reply, session);
      return reply.status(201).send({ account });
    },
  );

  app.post(
    '/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in',
        body: LoginBodySchema,
        response: { 200: MeResponseSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { account, session } = await opts.auth.login(request.body, request.ip, request.headers['user-agent']);
      setSessionCookie(reply, session);
      return { account };
    },
  );

  app.post(
    '/logout',
    { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null(), ...problems } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await opts.auth.logout(token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      preHandler: requireRole(),
      schema: {
        tags: ['auth'],
        summary: 'The signed-in account',
        response: { 200: MeResponseSchema, 401: ProblemSchema },
      },
    },
    async (request) => ({ account: currentAccount(request) }),
  );

  app.put(
    '/locale',
    {
      preHandler: requireRole(),
      schema: {
        tags: ['auth'],
        summary: 'Remember the interface language',
        body: UpdateLocaleBodySchema,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await opts.auth.updateLocale(currentAccount(request).id, request.body.locale);
      return reply.status(204).send(null);
    },
  );
};
