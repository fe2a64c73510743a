// /api/photo-point: routes for photo-point operators (and admins).
import { OrderLookupParamsSchema, PhotoPointOrderSchema, ProblemSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../../plugins/auth.plugin.ts';
import type { PhotoPointService } from './photo-point.service.ts';

export const photoPointRoutes: FastifyPluginAsyncZod<{ photoPoint: PhotoPointService }> = async (
  app,
  { photoPoint },
) => {
  app.get(
    '/orders/:orderNo',
    {
      preHandler: requireRole('OPERATOR', 'ADMIN'),
      schema: {
        tags: ['photo-point'],
        summary: 'Find a filing waiting for its photo by order number',
        params: OrderLookupParamsSchema,
        response: {
          200: PhotoPointOrderSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    (request) => photoPoint.findOrder(request.params.orderNo),
  );
};
