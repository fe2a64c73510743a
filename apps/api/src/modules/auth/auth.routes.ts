// /api/auth: CSRF token, sign-up and its confirmation link, sign-in, sign-out, the current account and its language,
// and (with the mail simulator only) the simulated mailbox of the address this browser registered.
import {
  CsrfResponseSchema,
  LoginBodySchema,
  MeResponseSchema,
  ProblemSchema,
  RegisterBodySchema,
  RegisterResponseSchema,
  SimulatedMailboxSchema,
  UpdateLocaleBodySchema,
  VerifyEmailBodySchema,
} from '@beian/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFoundError } from '../../lib/app-error.ts';
import { currentAccount, requireRole } from '../../plugins/auth.plugin.ts';
import type { AuthService } from './auth.service.ts';
import { type AuthCookies, DEVICE_COOKIE, MAILBOX_COOKIE, SESSION_COOKIE } from './auth-cookies.ts';
import { csrfTokenFor } from './csrf-token.ts';
import type { RegistrationService } from './registration.service.ts';
import type { OpenedSession } from './session-opener.ts';
import { newToken } from './session-token.ts';
import { MAILBOX_RECEIPT_TTL_SECONDS, type SimulatedMailboxService } from './simulated-mailbox.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 409: ProblemSchema, 429: ProblemSchema };

export type AuthRoutesOptions = {
  auth: AuthService;
  registration: RegistrationService;
  cookies: AuthCookies;
  /** Present only while the mail simulator stands in for a mail server. */
  mailbox: SimulatedMailboxService | null;
};

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, opts) => {
  const { auth, registration, cookies, mailbox } = opts;

  const browserOf = (request: FastifyRequest) => ({
    userAgent: request.headers['user-agent'],
    sessionToken: request.cookies[SESSION_COOKIE],
    deviceToken: request.cookies[DEVICE_COOKIE],
  });

  // A new session brings its own CSRF secret: the pre-session one goes, and the browser asks for a new token.
  const signedIn = (reply: FastifyReply, session: OpenedSession) => {
    cookies.setSession(reply, session);
    cookies.setDevice(reply, session.deviceToken);
    cookies.clearPreSession(reply);
  };

  app.get(
    '/csrf',
    {
      schema: {
        tags: ['auth'],
        summary: 'Get the CSRF token of this session (or of this browser before sign-in)',
        response: { 200: CsrfResponseSchema },
      },
    },
    async (request, reply) => {
      let secret = request.csrfSecret;
      if (!secret) {
        secret = newToken();
        cookies.setPreSession(reply, secret);
      }
      return { token: csrfTokenFor(secret) };
    },
  );

  app.post(
    '/register',
    {
      schema: {
        tags: ['auth'],
        summary: 'Register an applicant account; the address gets an email either way',
        description:
          'Answers the same for a new address and for one that already has an account. A new account must be ' +
          'confirmed through the emailed link (POST /api/auth/verify-email) before it can sign in.',
        body: RegisterBodySchema,
        response: { 202: RegisterResponseSchema, ...problems },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 hour' } },
    },
    async (request, reply) => {
      await registration.register(request.body);
      if (mailbox) {
        cookies.setMailbox(reply, mailbox.receiptFor(request.body.email), MAILBOX_RECEIPT_TTL_SECONDS);
      }
      return reply.status(202).send({ email: request.body.email, simulatedMailbox: mailbox !== null });
    },
  );

  app.post(
    '/verify-email',
    {
      schema: {
        tags: ['auth'],
        summary: 'Confirm a registration with the token of its emailed link, and sign in',
        body: VerifyEmailBodySchema,
        response: { 200: MeResponseSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { account, session } = await registration.verifyEmail(request.body.token, browserOf(request));
      signedIn(reply, session);
      return { account };
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
      const { account, session } = await auth.login(request.body, request.ip, browserOf(request));
      signedIn(reply, session);
      return { account };
    },
  );

  app.post(
    '/logout',
    { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null(), ...problems } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await auth.logout(token);
      cookies.clearSession(reply);
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

  // The web app's session check: a visitor is not an error, so the browser logs no failed request on every page a
  // visitor opens. /me stays for clients that want a 401.
  app.get(
    '/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in account, or 204 No Content when no one is signed in',
        response: { 200: MeResponseSchema, 204: z.null() },
      },
    },
    async (request, reply) => (request.account ? { account: request.account } : reply.status(204).send(null)),
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
      await auth.updateLocale(currentAccount(request).id, request.body.locale);
      return reply.status(204).send(null);
    },
  );

  if (!mailbox) return;
  app.get(
    '/simulated-mailbox',
    {
      schema: {
        tags: ['auth'],
        summary: 'The mail simulator: emails sent to the address this browser registered with in the last hour',
        response: { 200: SimulatedMailboxSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const box = await mailbox.open(request.cookies[MAILBOX_COOKIE]);
      if (!box) throw new NotFoundError('A registration from this browser in the last hour');
      return box;
    },
  );
};
