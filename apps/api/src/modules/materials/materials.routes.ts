// /api/filings/:id/materials (the materials step: list, upload, delete), the verification sheet, and
// /api/materials/:id/content (an upload read back by its owner or a reviewer).
import {
  FilingIdParamsSchema,
  FilingMaterialParamsSchema,
  MaterialIdParamsSchema,
  MaterialListSchema,
  MaterialSchema,
  ProblemSchema,
  REVIEWING_ROLES,
  UploadMaterialFieldsSchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendStoredFile } from '../../lib/send-stored-file.ts';
import { currentAccount, requireRole } from '../../plugins/auth.plugin.ts';
import { applicantOnly, filingProblems } from '../filings/filings.routes.ts';
import type { MaterialUploads } from './material-upload.service.ts';
import { registerMaterialMultipart, uploadParts } from './materials.multipart.ts';
import type { MaterialsService } from './materials.service.ts';

const tags = ['materials'];
const uploadProblems = {
  ...filingProblems,
  413: ProblemSchema,
  415: ProblemSchema,
  422: ProblemSchema,
  503: ProblemSchema,
};

export const materialsRoutes: FastifyPluginAsyncZod<{ materials: MaterialsService; uploads: MaterialUploads }> = async (
  app,
  { materials, uploads },
) => {
  await registerMaterialMultipart(app);

  app.get(
    '/:id/materials',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary: "Step 3: the filing's required materials, each with its upload",
        params: FilingIdParamsSchema,
        response: { 200: MaterialListSchema, ...filingProblems },
      },
    },
    (request) => materials.list(currentAccount(request).id, request.params.id),
  );

  app.post(
    '/:id/materials',
    {
      preHandler: applicantOnly,
      config: { multipartFields: UploadMaterialFieldsSchema },
      schema: {
        tags,
        summary: 'Upload a material (multipart: kind, websiteFilingNo, category, then file); replaces the slot',
        consumes: ['multipart/form-data'],
        params: FilingIdParamsSchema,
        response: { 201: MaterialSchema, ...uploadProblems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await uploads(currentAccount(request).id, request.params.id, uploadParts(request))),
  );

  app.delete(
    '/:id/materials/:materialId',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary: 'Delete an upload of an editable filing',
        params: FilingMaterialParamsSchema,
        response: { 204: z.null(), ...filingProblems },
      },
    },
    async (request, reply) => {
      await materials.remove(currentAccount(request).id, request.params.id, request.params.materialId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/:id/verification-sheet.pdf',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary: 'The pre-filled verification sheet (PDF) to print, sign and upload',
        params: FilingIdParamsSchema,
        produces: ['application/pdf'],
        // No response schema: the body is PDF bytes, and refusals are problem+json as everywhere.
      },
    },
    async (request, reply) => {
      const sheet = await materials.verificationSheet(currentAccount(request).id, request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${sheet.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(sheet.pdf);
    },
  );
};

export const materialContentRoutes: FastifyPluginAsyncZod<{ materials: MaterialsService }> = async (
  app,
  { materials },
) => {
  app.get(
    '/:id/content',
    {
      preHandler: requireRole('APPLICANT', ...REVIEWING_ROLES),
      schema: {
        tags,
        summary:
          "An upload's bytes as an attachment, with the type detected at upload (the owner, or staff once it was submitted)",
        params: MaterialIdParamsSchema,
        // No response schema: the body is the stored bytes, and refusals are problem+json as everywhere.
      },
    },
    async (request, reply) =>
      sendStoredFile(reply, await materials.content(currentAccount(request), request.params.id)),
  );
};
