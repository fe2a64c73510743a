// /api/photo-point: the photo-point operator's routes: find a filing by order number, view the principals' ID
// images, submit the photo taken at the point. Operators only, and only while the filing waits for its photo.
import {
  FilingIdParamsSchema,
  OperatorIdImageParamsSchema,
  OperatorPhotoFieldsSchema,
  OrderLookupParamsSchema,
  PhotoPointOrderSchema,
  ProblemSchema,
  SubmittedPhotoSchema,
} from '@beian/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendStoredFile } from '../../lib/send-stored-file.ts';
import { currentAccount, requireRole } from '../../plugins/auth.plugin.ts';
import { uploadParts } from '../materials/materials.multipart.ts';
import { registerPhotoMultipart } from '../photo/photo.multipart.ts';
import type { PhotoPointService } from './photo-point.service.ts';

const tags = ['photo-point'];
const operatorOnly = requireRole('OPERATOR');
const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const act = (request: FastifyRequest) => ({ operatorId: currentAccount(request).id, requestId: request.id });

export const photoPointRoutes: FastifyPluginAsyncZod<{ photoPoint: PhotoPointService }> = async (
  app,
  { photoPoint },
) => {
  await registerPhotoMultipart(app);

  app.get(
    '/orders/:orderNo',
    {
      preHandler: operatorOnly,
      schema: {
        tags,
        summary: "Find a filing waiting for its photo by order number, with its principals and the operator's point",
        params: OrderLookupParamsSchema,
        response: { 200: PhotoPointOrderSchema, ...problems },
      },
    },
    (request) => photoPoint.findOrder(act(request), request.params.orderNo),
  );

  app.get(
    '/filings/:id/id-images/:materialId',
    {
      preHandler: operatorOnly,
      schema: {
        tags,
        summary: "A principal's ID image from step 3, to compare with the person at the point",
        params: OperatorIdImageParamsSchema,
        // No response schema: the body is the stored bytes, and refusals are problem+json as everywhere.
      },
    },
    async (request, reply) =>
      sendStoredFile(reply, await photoPoint.idImage(act(request), request.params.id, request.params.materialId)),
  );

  app.post(
    '/filings/:id/photo',
    {
      preHandler: operatorOnly,
      config: { multipartFields: OperatorPhotoFieldsSchema },
      schema: {
        tags,
        summary:
          'Submit the photo taken at the point (multipart: version, idCheckedInPerson=true, then file; JPEG, at most 2 MB)',
        consumes: ['multipart/form-data'],
        params: FilingIdParamsSchema,
        response: {
          200: SubmittedPhotoSchema,
          ...problems,
          409: ProblemSchema,
          413: ProblemSchema,
          415: ProblemSchema,
          422: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    (request) => photoPoint.submit(act(request), request.params.id, uploadParts(request)),
  );
};
