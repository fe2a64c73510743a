// The admin's curtain desk under /api/admin: GET /curtains (filtered, paged; batch=today for today's batch),
// GET /curtains/batch.csv (the courier's bulk order), POST /curtains/tracking-import (the courier's numbers back),
// POST /curtains/:id/ship | deliver | return, and POST /curtain-grants (one more curtain for an applicant).
import {
  AdminCurtainPageSchema,
  AdminCurtainQuerySchema,
  AdminCurtainRowSchema,
  CurtainBatchCsvQuerySchema,
  CurtainGrantInputSchema,
  CurtainGrantSchema,
  CurtainIdParamsSchema,
  CurtainReturnInputSchema,
  CurtainShipInputSchema,
  ProblemSchema,
  TrackingImportInputSchema,
  TrackingImportReportSchema,
} from '@beian/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import type { CurtainDeskService } from './curtain-desk.service.ts';
import type { CurtainGrantsService } from './curtain-grants.service.ts';

const tags = ['admin'];
const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };

export const curtainDeskRoutes: FastifyPluginAsyncZod<{
  desk: CurtainDeskService;
  grants: CurtainGrantsService;
}> = async (app, { desk, grants }) => {
  const actorOf = (request: FastifyRequest) => ({ actorId: currentAccount(request).id, requestId: request.id });

  app.get(
    '/curtains',
    {
      schema: {
        tags,
        summary: "Curtain requests by planned date, province and status, paged; batch=today for today's batch",
        querystring: AdminCurtainQuerySchema,
        response: { 200: AdminCurtainPageSchema, ...problems },
      },
    },
    (request) => desk.list(request.query),
  );

  app.get(
    '/curtains/batch.csv',
    {
      schema: {
        tags,
        summary: "Today's batch as the courier's bulk-order CSV (UTF-8 with BOM; full mobiles; the export is audited)",
        querystring: CurtainBatchCsvQuerySchema,
        produces: ['text/csv'],
        // No response schema: the body is CSV text, and refusals are problem+json as everywhere.
      },
    },
    async (request, reply) => {
      const { fileName, csv } = await desk.exportBatch(actorOf(request), request.query.through);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(csv);
    },
  );

  app.post(
    '/curtains/tracking-import',
    {
      // 1 MB of CSV (the schema's limit) grows in JSON by its escaped quotes and line ends.
      bodyLimit: 2 * 1_048_576,
      schema: {
        tags,
        summary:
          "The courier's tracking numbers as CSV text (reference and 运单号 columns): good rows recorded one by one, bad rows reported",
        body: TrackingImportInputSchema,
        response: { 200: TrackingImportReportSchema, ...problems },
      },
    },
    (request) => desk.importTracking(request.body.csv, actorOf(request)),
  );

  app.post(
    '/curtains/:id/ship',
    {
      schema: {
        tags,
        summary: 'Records the tracking number of a requested curtain: SHIPPED, and the applicant is told',
        params: CurtainIdParamsSchema,
        body: CurtainShipInputSchema,
        response: { 200: AdminCurtainRowSchema, ...problems },
      },
    },
    (request) => desk.ship(request.params.id, request.body.trackingNo, actorOf(request)),
  );

  app.post(
    '/curtains/:id/deliver',
    {
      schema: {
        tags,
        summary: 'A shipped curtain arrived: DELIVERED',
        params: CurtainIdParamsSchema,
        response: { 200: AdminCurtainRowSchema, ...problems },
      },
    },
    (request) => desk.deliver(request.params.id, actorOf(request)),
  );

  app.post(
    '/curtains/:id/return',
    {
      schema: {
        tags,
        summary: 'A shipped curtain came back undelivered: RETURNED, with why',
        params: CurtainIdParamsSchema,
        body: CurtainReturnInputSchema,
        response: { 200: AdminCurtainRowSchema, ...problems },
      },
    },
    (request) => desk.markReturned(request.params.id, request.body.reason, actorOf(request)),
  );

  app.post(
    '/curtain-grants',
    {
      schema: {
        tags,
        summary: 'Lets an applicant request one more curtain, postage paid by the applicant (到付)',
        body: CurtainGrantInputSchema,
        response: { 201: CurtainGrantSchema, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await grants.grant(request.body, actorOf(request))),
  );
};
