// POST /api/filings/:id/photo/curtain: the applicant's self-taken photo in front of the mailed curtain (幕布自拍).
import { FilingIdParamsSchema, ProblemSchema, SubmitPhotoFieldsSchema, SubmittedPhotoSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import type { FilingAccess } from '../filings/filing-access.ts';
import { applicantOnly, filingProblems } from '../filings/filings.routes.ts';
import { uploadParts } from '../materials/materials.multipart.ts';
import { registerPhotoMultipart } from './photo.multipart.ts';
import { withPhotoPart } from './photo-parts.ts';
import type { SubmitPhoto } from './photo-submission.service.ts';

export const photoCurtainRoutes: FastifyPluginAsyncZod<{
  access: Pick<FilingAccess, 'owned'>;
  submitPhoto: SubmitPhoto;
}> = async (app, { access, submitPhoto }) => {
  await registerPhotoMultipart(app);

  app.post(
    '/:id/photo/curtain',
    {
      preHandler: applicantOnly,
      config: { multipartFields: SubmitPhotoFieldsSchema },
      schema: {
        tags: ['photo'],
        summary: 'Submit the self-taken curtain photo (multipart: version, then file; JPEG, at most 2 MB)',
        consumes: ['multipart/form-data'],
        params: FilingIdParamsSchema,
        response: {
          200: SubmittedPhotoSchema,
          ...filingProblems,
          413: ProblemSchema,
          415: ProblemSchema,
          422: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request) => {
      const account = currentAccount(request);
      // Another account's filing is a 404 before any of the photo is read.
      const filing = await access.owned(account.id, request.params.id);
      return withPhotoPart(uploadParts(request), SubmitPhotoFieldsSchema, async (fields, file) => {
        return submitPhoto({
          filing,
          method: 'CURTAIN',
          actor: { id: account.id, role: 'APPLICANT' },
          version: fields.version,
          file,
        });
      });
    },
  );
};
