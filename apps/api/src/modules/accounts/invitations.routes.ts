// /api/admin/invitations: invite staff, list the pending invitations, revoke one (admins only).
import {
  AccountIdParamsSchema,
  CreatedInvitationSchema,
  CreateInvitationBodySchema,
  InvitationListSchema,
  ProblemSchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from './accounts.routes.ts';
import type { InvitationsService } from './invitations.service.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };

export const invitationsRoutes: FastifyPluginAsyncZod<{ invitations: InvitationsService }> = async (
  app,
  { invitations },
) => {
  app.get(
    '/invitations',
    {
      schema: {
        tags: ['admin'],
        summary: 'Staff invitations neither used, revoked nor expired, newest first',
        response: { 200: InvitationListSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async () => ({ invitations: await invitations.pending() }),
  );

  app.post(
    '/invitations',
    {
      schema: {
        tags: ['admin'],
        summary: 'Invite a reviewer, administrator or operator by email',
        description:
          'Emails a one-time link, good for 7 days, and answers it this once for the admin to copy. A new ' +
          'invitation to the same address replaces the pending one. An address that has an account: EMAIL_TAKEN.',
        body: CreateInvitationBodySchema,
        response: { 201: CreatedInvitationSchema, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await invitations.create(actorOf(request), request.body)),
  );

  app.post(
    '/invitations/:id/revoke',
    {
      schema: {
        tags: ['admin'],
        summary: 'Withdraw a pending invitation: its link stops working',
        params: AccountIdParamsSchema,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await invitations.revoke(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
