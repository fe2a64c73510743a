// /api/admin/accounts: search accounts, change an account's role, disable and enable it (admins only).
import {
  AccountIdParamsSchema,
  AccountListQuerySchema,
  AccountListSchema,
  AdminAccountSchema,
  ChangeRoleBodySchema,
  ProblemSchema,
} from '@beian/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import type { AccountsService, AdminActor } from './accounts.service.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };

export const actorOf = (request: FastifyRequest): AdminActor => ({
  accountId: currentAccount(request).id,
  requestId: request.id,
});

export const accountsRoutes: FastifyPluginAsyncZod<{ accounts: AccountsService }> = async (app, { accounts }) => {
  app.get(
    '/accounts',
    {
      schema: {
        tags: ['admin'],
        summary: 'Accounts, newest first, searched by email or name and filtered by role and status',
        querystring: AccountListQuerySchema,
        response: { 200: AccountListSchema, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    (request) => accounts.list(request.query),
  );

  app.put(
    '/accounts/:id/role',
    {
      schema: {
        tags: ['admin'],
        summary: "Change an account's role (one role per account)",
        description:
          'Refused for your own ADMIN role (OWN_ADMIN_ACCOUNT) and for the last active administrator (LAST_ADMIN). ' +
          'Leaving OPERATOR also leaves the photo point.',
        params: AccountIdParamsSchema,
        body: ChangeRoleBodySchema,
        response: { 200: AdminAccountSchema, ...problems },
      },
    },
    (request) => accounts.changeRole(actorOf(request), request.params.id, request.body.role),
  );

  app.post(
    '/accounts/:id/disable',
    {
      schema: {
        tags: ['admin'],
        summary: 'Disable an account: it is signed out everywhere at once and cannot sign in',
        params: AccountIdParamsSchema,
        response: { 200: AdminAccountSchema, ...problems },
      },
    },
    (request) => accounts.disable(actorOf(request), request.params.id),
  );

  app.post(
    '/accounts/:id/enable',
    {
      schema: {
        tags: ['admin'],
        summary: 'Enable a disabled account again',
        params: AccountIdParamsSchema,
        response: { 200: AdminAccountSchema, ...problems },
      },
    },
    (request) => accounts.enable(actorOf(request), request.params.id),
  );
};
