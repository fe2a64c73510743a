// The Shanghai app check. The console's route makes the link (the filing's owner); the phone's routes need no
// sign-in: the link's token in the body is their only credential. They keep the CSRF check every write has: the phone
// page fetches a token bound to its own pre-session cookie like any page before sign-in.
import {
  AppCheckLinkSchema,
  AppCheckOpenedSchema,
  AppCheckPhotoFieldsSchema,
  AppCheckSubmittedSchema,
  AppCheckTokenBodySchema,
  AppCheckVerifiedSchema,
  AppCheckVerifyBodySchema,
  FilingIdParamsSchema,
  ProblemSchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import { applicantOnly, filingProblems } from '../filings/filings.routes.ts';
import { uploadParts } from '../materials/materials.multipart.ts';
import { registerPhotoMultipart } from '../photo/photo.multipart.ts';
import { withPhotoPart } from '../photo/photo-parts.ts';
import type { AppCheckService } from './app-check.service.ts';

/** POST /api/filings/:id/photo/app-check-link */
export const appCheckLinkRoutes: FastifyPluginAsyncZod<{ appCheck: AppCheckService }> = async (app, { appCheck }) => {
  app.post(
    '/:id/photo/app-check-link',
    {
      preHandler: applicantOnly,
      schema: {
        tags: ['photo'],
        summary: "A new one-time link (24 hours) for the principal's phone; it ends the filing's previous link",
        params: FilingIdParamsSchema,
        response: { 200: AppCheckLinkSchema, ...filingProblems },
      },
    },
    (request) => appCheck.createLink(currentAccount(request).id, request.params.id),
  );
};

const problems = {
  400: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  410: ProblemSchema,
  422: ProblemSchema,
  429: ProblemSchema,
};
// Per IP, on top of the global budget: the token has 256 bits and each link takes 5 wrong endings, so this only
// keeps the unauthenticated routes from being a cheap target. A phone needs a handful of requests.
const budget = { rateLimit: { max: 30, timeWindow: '10 minutes' } };

/** /api/app-check: the principal's phone. */
export const appCheckPhoneRoutes: FastifyPluginAsyncZod<{ appCheck: AppCheckService }> = async (app, { appCheck }) => {
  await registerPhotoMultipart(app);

  app.post(
    '/open',
    {
      config: budget,
      schema: {
        tags: ['photo'],
        summary: 'What the phone page shows for a live app check link (order number, masked principal name)',
        body: AppCheckTokenBodySchema,
        response: { 200: AppCheckOpenedSchema, ...problems },
      },
    },
    (request) => appCheck.open(request.body.token),
  );

  app.post(
    '/verify',
    {
      config: budget,
      schema: {
        tags: ['photo'],
        summary: "Check the last 6 characters of the principal's certificate number (5 wrong answers end the link)",
        body: AppCheckVerifyBodySchema,
        response: { 200: AppCheckVerifiedSchema, ...problems },
      },
    },
    (request) => appCheck.verify(request.body.token, request.body.certEnding),
  );

  app.post(
    '/photo',
    {
      config: { ...budget, multipartFields: AppCheckPhotoFieldsSchema },
      schema: {
        tags: ['photo'],
        summary: 'Submit the app check photo (multipart: token and certEnding, then file; JPEG, at most 2 MB)',
        consumes: ['multipart/form-data'],
        response: {
          200: AppCheckSubmittedSchema,
          ...problems,
          413: ProblemSchema,
          415: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    (request) =>
      withPhotoPart(uploadParts(request), AppCheckPhotoFieldsSchema, (fields, file) => appCheck.photo(fields, file)),
  );
};
