// /api/simulator: the simulated outside systems, for admins only (inspection and the bureau's decision).
import {
  BureauDecisionBodySchema,
  BureauSubmissionListSchema,
  BureauSubmissionParamsSchema,
  BureauSubmissionSchema,
  ProblemSchema,
  SimShipmentListSchema,
  SimSmsOutboxSchema,
  SimulatorListQuerySchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount, requireRole } from '../../plugins/auth.plugin.ts';
import type { SimulatorService } from './simulator.service.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };
const admin = requireRole('ADMIN');

export const simulatorRoutes: FastifyPluginAsyncZod<{ simulator: SimulatorService }> = async (app, { simulator }) => {
  app.get(
    '/sms-outbox',
    {
      onRequest: admin,
      schema: {
        tags: ['simulator'],
        summary: 'Texts the simulated SMS gateway sent, newest first (mobiles masked)',
        querystring: SimulatorListQuerySchema,
        response: { 200: SimSmsOutboxSchema, ...problems },
      },
    },
    (request) => simulator.smsOutbox(request.query),
  );

  app.get(
    '/bureau-submissions',
    {
      onRequest: admin,
      schema: {
        tags: ['simulator'],
        summary: 'Filings submitted to the simulated bureau, newest first',
        querystring: SimulatorListQuerySchema,
        response: { 200: BureauSubmissionListSchema, ...problems },
      },
    },
    (request) => simulator.bureauSubmissions(request.query),
  );

  app.post(
    '/bureau-submissions/:id/decision',
    {
      onRequest: admin,
      schema: {
        tags: ['simulator'],
        summary: 'Decide a submission as the bureau (after its SMS check is complete)',
        params: BureauSubmissionParamsSchema,
        body: BureauDecisionBodySchema,
        response: { 200: BureauSubmissionSchema, ...problems, 404: ProblemSchema, 409: ProblemSchema },
      },
    },
    (request) =>
      simulator.decide({
        id: request.params.id,
        body: request.body,
        actorId: currentAccount(request).id,
        requestId: request.id,
      }),
  );

  app.get(
    '/shipments',
    {
      onRequest: admin,
      schema: {
        tags: ['simulator'],
        summary: 'Shipments booked with the simulated courier, newest first (mobiles masked)',
        querystring: SimulatorListQuerySchema,
        response: { 200: SimShipmentListSchema, ...problems },
      },
    },
    (request) => simulator.shipments(request.query),
  );
};
