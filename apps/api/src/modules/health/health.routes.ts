// Liveness (/healthz: the process answers) and readiness (/readyz: the database and object storage answer).
import { ProblemSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../infra/db.ts';
import type { Storage } from '../../infra/storage.ts';

const CheckSchema = z.enum(['ok', 'fail']);
const ChecksSchema = z.object({ database: CheckSchema, storage: CheckSchema });
const ReadySchema = z.object({ status: z.literal('ok'), checks: ChecksSchema });
const NotReadySchema = ProblemSchema.extend({ checks: ChecksSchema });

async function probe(fn: () => Promise<unknown>): Promise<'ok' | 'fail'> {
  try {
    await fn();
    return 'ok';
  } catch {
    return 'fail';
  }
}

export const healthRoutes: FastifyPluginAsyncZod<{ db: Db; storage: Storage }> = async (app, { db, storage }) => {
  // Probes from the platform must answer however busy the API is: outside the request budget.
  const config = { rateLimit: false } as const;

  app.get(
    '/healthz',
    {
      config,
      schema: { tags: ['health'], summary: 'Liveness', response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config,
      schema: {
        tags: ['health'],
        summary: 'Readiness: database and storage',
        response: { 200: ReadySchema, 503: NotReadySchema },
      },
    },
    async (request, reply) => {
      const timeout = <T>(p: Promise<T>) =>
        Promise.race([
          p,
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref()),
        ]);
      const [database, storageCheck] = await Promise.all([
        probe(() => timeout(db.$queryRaw`SELECT 1`)),
        probe(() => storage.ping()),
      ]);
      const checks = { database, storage: storageCheck };
      if (database === 'ok' && storageCheck === 'ok') return { status: 'ok' as const, checks };
      const failing = Object.entries(checks)
        .filter(([, v]) => v === 'fail')
        .map(([k]) => k);
      return reply
        .status(503)
        .type('application/problem+json')
        .send({
          type: 'urn:beian:problem:service-unavailable',
          title: 'Service Unavailable',
          status: 503,
          code: 'SERVICE_UNAVAILABLE',
          detail: `Not ready: ${failing.join(' and ')} unreachable.`,
          requestId: request.id,
          checks,
        });
    },
  );
};
