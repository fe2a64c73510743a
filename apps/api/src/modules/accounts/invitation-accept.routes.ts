// /api/auth/invitations: the invitation link's page, public. The token travels in the body, never in a URL, so it
// stays out of access logs (like the setup link's).
import {
  AcceptInvitationBodySchema,
  InvitationPreviewSchema,
  InvitationTokenBodySchema,
  MeResponseSchema,
  ProblemSchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AuthCookies, DEVICE_COOKIE, SESSION_COOKIE } from '../auth/auth-cookies.ts';
import type { InvitationsService } from './invitations.service.ts';

const problems = { 400: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 429: ProblemSchema };
const limit = { rateLimit: { max: 20, timeWindow: '1 hour' } };

export const invitationAcceptRoutes: FastifyPluginAsyncZod<{
  invitations: InvitationsService;
  cookies: AuthCookies;
}> = async (app, { invitations, cookies }) => {
  app.post(
    '/invitations/lookup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who invited this link, to which role and address',
        description: 'An unknown, expired, used or revoked link: INVITATION_INVALID, alike.',
        body: InvitationTokenBodySchema,
        response: { 200: InvitationPreviewSchema, ...problems },
      },
      config: limit,
    },
    (request) => invitations.preview(request.body.token),
  );

  app.post(
    '/invitations/accept',
    {
      schema: {
        tags: ['auth'],
        summary: 'Accept a staff invitation: create the account with a password of your own, and sign in',
        body: AcceptInvitationBodySchema,
        response: { 200: MeResponseSchema, ...problems },
      },
      config: limit,
    },
    async (request, reply) => {
      const { account, session } = await invitations.accept(
        request.body,
        {
          userAgent: request.headers['user-agent'],
          sessionToken: request.cookies[SESSION_COOKIE],
          deviceToken: request.cookies[DEVICE_COOKIE],
        },
        request.id,
      );
      cookies.setSession(reply, session);
      cookies.setDevice(reply, session.deviceToken);
      cookies.clearPreSession(reply);
      return { account };
    },
  );
};
