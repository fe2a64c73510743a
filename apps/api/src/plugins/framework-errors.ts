// Fastify's own refusals, which never reach a route's error handler, as problem+json like every other answer: a URL
// that is not UTF-8 or has an over-long parameter (frameworkErrors; the latter a 404, as no id is that long), a path
// with no such method (405 with Allow) or no route at all (404), and what the HTTP parser refuses before there is a
// request (clientError: 431 for huge headers, 408, 400).
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { type Mapped, problemBody, sendProblem, titleOf } from './problem.ts';
import { MALFORMED_PERCENT_ENCODING, percentDecoded } from './query-string.ts';
import type { RouteTable } from './route-table.ts';

/** Fastify's default, stated here because the messages name it. */
export const MAX_PARAM_LENGTH = 100;

const pathOf = (url: string) => url.split('?')[0] ?? '';

/** 405 with Allow when the path exists under other methods, 404 otherwise. */
export function unknownRoute(routes: RouteTable, request: FastifyRequest): Mapped {
  const path = pathOf(request.url);
  const allowed = routes.methodsAt(path).filter((method) => method !== request.method);
  if (allowed.length > 0) {
    return {
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
      detail: `${path} takes ${allowed.join(', ')}, not ${request.method}.`,
      headers: { allow: allowed.join(', ') },
    };
  }
  return { status: 404, code: 'NOT_FOUND', detail: `There is no ${request.method} ${path} in this API.` };
}

/** The parameters of the route at this path whose raw text fails `test`, as field errors. */
function badParams(routes: RouteTable, request: FastifyRequest, test: (raw: string) => boolean, message: string) {
  const params = routes.paramsAt(request.method, pathOf(request.url)) ?? {};
  return Object.entries(params)
    .filter(([, raw]) => test(raw))
    .map(([name]) => ({ path: `params.${name}`, message }));
}

function frameworkProblem(routes: RouteTable, error: FastifyError, request: FastifyRequest): Mapped {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    // No id is that long: like any path parameter that is no id (validation.ts), the address names nothing.
    const names = badParams(routes, request, (raw) => raw.length > MAX_PARAM_LENGTH, '').map((e) => e.path);
    const name = names[0]?.replace(/^params\./, '') ?? 'part of the address';
    return {
      status: 404,
      code: 'NOT_FOUND',
      detail: `No ${name} is longer than ${MAX_PARAM_LENGTH} characters.`,
    };
  }
  // FST_ERR_BAD_URL, and anything else the router may add: the address itself cannot be read.
  const errors = badParams(routes, request, (raw) => percentDecoded(raw) === null, MALFORMED_PERCENT_ENCODING);
  return errors.length > 0
    ? {
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: `Some fields are not valid: ${errors.map((e) => e.path).join(', ')}.`,
        errors,
      }
    : { status: 400, code: 'MALFORMED_REQUEST', detail: 'The address is not valid percent-encoded UTF-8.' };
}

function clientProblem(error: Error & { code?: string }): Mapped {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return { status: 431, code: 'HEADERS_TOO_LARGE', detail: 'The request headers are larger than this server reads.' };
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { status: 408, code: 'REQUEST_TIMEOUT', detail: 'The request did not arrive in time.' };
  }
  if (error.code === 'HPE_INVALID_METHOD') {
    return { status: 400, code: 'MALFORMED_REQUEST', detail: 'The request method is not an HTTP method.' };
  }
  return { status: 400, code: 'MALFORMED_REQUEST', detail: 'The request is not well-formed HTTP.' };
}

/** Options for the Fastify constructor: frameworkErrors and clientErrorHandler. */
export function frameworkErrorOptions(
  routes: RouteTable,
): Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler'> {
  return {
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      request.log.info({ code: error.code }, 'request refused by the router');
      // Before routing no onSend hook runs: the headers every answer carries are set here.
      reply.headers({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-request-id': request.id });
      return sendProblem(request, reply, frameworkProblem(routes, error, request));
    },
    clientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket) {
      // A reset connection has nobody to answer.
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      const mapped = clientProblem(error);
      const requestId = randomUUID();
      this.log.debug({ code: error.code, requestId }, 'unreadable request refused');
      const body = JSON.stringify(problemBody(mapped, { requestId }));
      if (socket.writable) {
        socket.write(
          `HTTP/1.1 ${mapped.status} ${titleOf(mapped.status)}\r\n` +
            'Content-Type: application/problem+json; charset=utf-8\r\n' +
            `Content-Length: ${Buffer.byteLength(body)}\r\n` +
            'Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n' +
            `X-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
      socket.destroy(error);
    },
  };
}
