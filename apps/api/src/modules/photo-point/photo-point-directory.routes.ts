// /api/photo-points: the photo-point directory for anyone signed in (the applicant's photo step shows it).
import { PhotoPointDirectoryQuerySchema, PhotoPointDirectorySchema, ProblemSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../../plugins/auth.plugin.ts';
import type { PhotoPointDirectoryService } from './photo-point-directory.service.ts';

export const photoPointDirectoryRoutes: FastifyPluginAsyncZod<{ directory: PhotoPointDirectoryService }> = async (
  app,
  { directory },
) => {
  app.get(
    '/',
    {
      preHandler: requireRole(),
      schema: {
        tags: ['photo-point'],
        summary: 'Active photo points by province and city, the given province first; q finds words in them',
        querystring: PhotoPointDirectoryQuerySchema,
        response: { 200: PhotoPointDirectorySchema, 400: ProblemSchema, 401: ProblemSchema },
      },
    },
    (request) => directory.list(request.query),
  );
};
