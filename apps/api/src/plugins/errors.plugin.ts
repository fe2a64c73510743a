// Turns every error and every unknown route into problem+json; unexpected errors are logged and hidden. An unknown
// path or method is answered before authentication (no session lookup, no CSRF check for a route that does not exist),
// and a database that cannot be reached is a 503 with Retry-After, logged once per outage (database-outage.ts).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { DatabaseOutage } from '../infra/database-outage.ts';
import { unknownRoute } from './framework-errors.ts';
import { type Mapped, mapError, sendProblem } from './problem.ts';
import type { RouteTable } from './route-table.ts';

export const unavailable = (outage: DatabaseOutage): Mapped => ({
  status: 503,
  code: 'SERVICE_UNAVAILABLE',
  detail: 'The service cannot reach its database right now. Try again in a few seconds.',
  headers: { 'retry-after': String(outage.retryAfterSeconds) },
});

export const errorsPlugin = fp(async (app: FastifyInstance, opts: { routes: RouteTable; outage: DatabaseOutage }) => {
  app.addHook('onRoute', (route) => opts.routes.add(route));

  app.setErrorHandler((error, request, reply) => {
    // Logged once for the whole outage, not once per request.
    if (opts.outage.noticed(error)) return sendProblem(request, reply, unavailable(opts.outage));
    const mapped = mapError(error);
    if (mapped.status >= 500) request.log.error({ err: error }, 'unhandled error');
    else request.log.info({ code: mapped.code, status: mapped.status }, 'request refused');
    // Plugins such as rate-limit pass headers (Retry-After) on the error or have already set them on the reply.
    const headers = (error as { headers?: Record<string, string> }).headers;
    return sendProblem(request, reply, { ...mapped, headers: { ...headers, ...mapped.headers } });
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.is404) return sendProblem(request, reply, unknownRoute(opts.routes, request));
    // While the database is away, API requests are answered at once instead of each waiting for a connection.
    if (opts.outage.active && request.url.startsWith('/api/')) {
      return sendProblem(request, reply, unavailable(opts.outage));
    }
  });

  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, unknownRoute(opts.routes, request)));
});
