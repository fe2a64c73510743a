// Turns every error and every unknown route into problem+json; unexpected errors are logged and hidden.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { mapError, sendProblem } from './problem.ts';

export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error, request, reply) => {
    const mapped = mapError(error);
    if (mapped.status >= 500) request.log.error({ err: error }, 'unhandled error');
    else request.log.info({ code: mapped.code, status: mapped.status }, 'request refused');
    // Plugins such as rate-limit pass headers (Retry-After) on the error or have already set them on the reply.
    const headers = (error as { headers?: Record<string, string> }).headers;
    return sendProblem(request, reply, { ...mapped, headers: { ...headers, ...mapped.headers } });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, {
      status: 404,
      code: 'NOT_FOUND',
      detail: `There is no ${request.method} ${request.url.split('?')[0]} in this API.`,
    }),
  );
});
