// /api/admin/audit-log: the audit trail, admins only.
import { AuditLogPageSchema, AuditLogQuerySchema, ProblemSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../../plugins/auth.plugin.ts';
import type { AuditService } from './audit.service.ts';

export const auditRoutes: FastifyPluginAsyncZod<{ audit: AuditService }> = async (app, { audit }) => {
  app.get(
    '/audit-log',
    {
      onRequest: requireRole('ADMIN'),
      schema: {
        tags: ['admin'],
        summary: 'Audit log, newest first',
        querystring: AuditLogQuerySchema,
        response: { 200: AuditLogPageSchema, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    (request) => audit.list(request.query),
  );
};
