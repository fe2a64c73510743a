// GET /api/photos/:id/content: a verification photo's bytes, for the filing's owner and for staff who may view it.
import { PhotoIdParamsSchema, REVIEWING_ROLES } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendStoredFile } from '../../lib/send-stored-file.ts';
import { currentAccount, requireRole } from '../../plugins/auth.plugin.ts';
import type { PhotoViews } from './photo-views.service.ts';

export const photoContentRoutes: FastifyPluginAsyncZod<{ photoViews: PhotoViews }> = async (app, { photoViews }) => {
  app.get(
    '/:id/content',
    {
      preHandler: requireRole('APPLICANT', ...REVIEWING_ROLES),
      schema: {
        tags: ['photo'],
        summary: "A verification photo's JPEG as an attachment (the filing's owner, or staff who may view the filing)",
        params: PhotoIdParamsSchema,
        // No response schema: the body is the stored bytes, and refusals are problem+json as everywhere.
      },
    },
    async (request, reply) =>
      sendStoredFile(reply, await photoViews.content(currentAccount(request), request.params.id)),
  );
};
