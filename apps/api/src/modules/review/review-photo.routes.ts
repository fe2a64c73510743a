// GET /api/review/filings/:id/photo: the verification photo the second review decides on, described (reviewers and
// admins who may view the filing; its bytes are at the photo's contentUrl).
import { ProblemSchema, REVIEWING_ROLES, ReviewFilingParamsSchema, ReviewPhotoSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NotFoundError } from '../../lib/app-error.ts';
import { requireRole } from '../../plugins/auth.plugin.ts';
import type { FilingsRepository } from '../filings/filings.repository.ts';
import type { StaffAccess } from '../filings/staff-access.ts';
import type { PhotoViews } from '../photo/photo-views.service.ts';

export const reviewPhotoRoutes: FastifyPluginAsyncZod<{
  filings: Pick<FilingsRepository, 'findById'>;
  staff: StaffAccess;
  photoViews: PhotoViews;
}> = async (app, { filings, staff, photoViews }) => {
  app.get(
    '/filings/:id/photo',
    {
      preHandler: requireRole(...REVIEWING_ROLES),
      schema: {
        tags: ['review'],
        summary: 'The newest verification photo of a filing: method, time, where and by whom, and its content URL',
        params: ReviewFilingParamsSchema,
        response: { 200: ReviewPhotoSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const row = await filings.findById(request.params.id);
      if (!row || !(await staff.mayView(row))) throw new NotFoundError(`Filing ${request.params.id}`);
      return { photo: await photoViews.latest(row.id) };
    },
  );
};
