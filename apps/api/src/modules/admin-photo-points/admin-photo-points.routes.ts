// /api/admin/photo-points: the admin's photo points and the operators placed at them (admins only).
import {
  AdminPhotoPointDetailSchema,
  AdminPhotoPointListSchema,
  AdminPhotoPointQuerySchema,
  AssignableOperatorListSchema,
  CreatePhotoPointSchema,
  PhotoPointIdParamsSchema,
  PhotoPointOperatorParamsSchema,
  ProblemSchema,
  UpdatePhotoPointSchema,
} from '@beian/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import type { PointOperators } from './admin-photo-point-operators.service.ts';
import type { AdminAct, AdminPhotoPoints } from './admin-photo-points.service.ts';

const actOf = (request: FastifyRequest): AdminAct => ({ adminId: currentAccount(request).id, requestId: request.id });

const denied = { 401: ProblemSchema, 403: ProblemSchema };
const detailResponses = { 200: AdminPhotoPointDetailSchema, 400: ProblemSchema, ...denied, 404: ProblemSchema };

export const adminPhotoPointsRoutes: FastifyPluginAsyncZod<{
  points: AdminPhotoPoints;
  operators: PointOperators;
}> = async (app, { points, operators }) => {
  app.get(
    '/photo-points',
    {
      schema: {
        tags: ['admin'],
        summary: 'Photo points matching the filters, by province, city and name, with their operator counts',
        querystring: AdminPhotoPointQuerySchema,
        response: { 200: AdminPhotoPointListSchema, 400: ProblemSchema, ...denied },
      },
    },
    (request) => points.list(request.query),
  );

  app.get(
    '/photo-points/operators',
    {
      schema: {
        tags: ['admin'],
        summary: 'Every operator account with the point it is placed at now',
        response: { 200: AssignableOperatorListSchema, ...denied },
      },
    },
    () => operators.assignable(),
  );

  app.get(
    '/photo-points/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'One photo point with its operators and the number of photos taken there',
        params: PhotoPointIdParamsSchema,
        response: detailResponses,
      },
    },
    (request) => points.detail(request.params.id),
  );

  app.post(
    '/photo-points',
    {
      schema: {
        tags: ['admin'],
        summary: 'Create an active photo point (audited)',
        body: CreatePhotoPointSchema,
        response: { 201: AdminPhotoPointDetailSchema, 400: ProblemSchema, ...denied },
      },
    },
    async (request, reply) => reply.status(201).send(await points.create(actOf(request), request.body)),
  );

  app.patch(
    '/photo-points/:id',
    {
      schema: {
        tags: ['admin'],
        summary:
          'Edit a photo point read at updatedAt; 409 STALE_VERSION when another admin changed it since (audited)',
        params: PhotoPointIdParamsSchema,
        body: UpdatePhotoPointSchema,
        response: { ...detailResponses, 409: ProblemSchema },
      },
    },
    (request) => points.update(actOf(request), request.params.id, request.body),
  );

  for (const [path, active] of [
    ['deactivate', false],
    ['activate', true],
  ] as const) {
    app.post(
      `/photo-points/:id/${path}`,
      {
        schema: {
          tags: ['admin'],
          summary: active
            ? 'Reactivate a photo point: applicants see it and its operators work again (audited)'
            : 'Deactivate a photo point: hidden from applicants, its operators refused (audited)',
          params: PhotoPointIdParamsSchema,
          response: detailResponses,
        },
      },
      (request) => points.setActive(actOf(request), request.params.id, active),
    );
  }

  app.put(
    '/photo-points/:id/operators/:accountId',
    {
      schema: {
        tags: ['admin'],
        summary: 'Place an operator at this point, moving it from its previous one (audited)',
        params: PhotoPointOperatorParamsSchema,
        response: { ...detailResponses, 409: ProblemSchema },
      },
    },
    (request) => operators.assign(actOf(request), request.params.id, request.params.accountId),
  );

  app.delete(
    '/photo-points/:id/operators/:accountId',
    {
      schema: {
        tags: ['admin'],
        summary: 'Take an operator off this point (audited)',
        params: PhotoPointOperatorParamsSchema,
        response: detailResponses,
      },
    },
    (request) => operators.unassign(actOf(request), request.params.id, request.params.accountId),
  );
};
