// /api/admin/audit-log: the audit trail, admins only. Read-only by design: there is no route that changes or
// removes an entry (and the database refuses both, docs/decisions/026).
import {
  AuditLogActorsSchema,
  AuditLogExportQuerySchema,
  AuditLogPageSchema,
  AuditLogQuerySchema,
  ProblemSchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import type { AuditService } from './audit.service.ts';

// Registered in the admin area (admin-area.ts), whose hook checks the role on the request, before the query is
// validated: an outsider gets 401 or 403 whatever the filters say, never a 400 that describes them.
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

export const auditRoutes: FastifyPluginAsyncZod<{ audit: AuditService }> = async (app, { audit }) => {
  app.get(
    '/audit-log',
    {
      schema: {
        tags: ['admin'],
        summary: 'Audit log, newest first, filtered by person, filing, action and Beijing dates',
        querystring: AuditLogQuerySchema,
        response: { 200: AuditLogPageSchema, ...refusals },
      },
    },
    (request) => audit.list(request.query),
  );

  app.get(
    '/audit-log/actors',
    {
      schema: {
        tags: ['admin'],
        summary: 'Staff and administrators who appear in the audit log, for its person filter',
        response: { 200: AuditLogActorsSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    () => audit.actors(),
  );

  app.get(
    '/audit-log.csv',
    {
      schema: {
        tags: ['admin'],
        summary: 'The filtered audit log as CSV (newest first, at most 10,000 rows); the export is itself audited',
        querystring: AuditLogExportQuerySchema,
        produces: ['text/csv'],
        // No response schema: the body is CSV text, and refusals are problem+json as everywhere.
      },
    },
    async (request, reply) => {
      const file = await audit.exportCsv(request.query, {
        actorId: currentAccount(request).id,
        requestId: request.id,
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(file.csv);
    },
  );
};
