// Resolves the session cookie on every request, enforces CSRF on every state-changing request,
// and offers the role guards that every route's preHandler uses.
import type { Account, Role } from '@beian/contracts';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, ForbiddenError, UnauthenticatedError } from '../lib/app-error.ts';
import type { AuthService } from '../modules/auth/auth.service.ts';
import { PRE_SESSION_COOKIE, SESSION_COOKIE } from '../modules/auth/auth-cookies.ts';
import { csrfTokenMatches } from '../modules/auth/csrf-token.ts';

declare module 'fastify' {
  interface FastifyRequest {
    account: Account | null;
    /** The session the cookie names, when it signs someone in. */
    sessionId: string | null;
    /** What this browser's CSRF token is derived from: the session token, or the pre-session secret before sign-in. */
    csrfSecret: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const authPlugin = fp(async (app: FastifyInstance, opts: { auth: AuthService }) => {
  await app.register(cookie);

  app.decorateRequest('account', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfSecret', null);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await opts.auth.resolveSession(token) : null;
    request.account = session?.account ?? null;
    request.sessionId = session?.sessionId ?? null;
    request.csrfSecret = session && token ? token : (request.cookies[PRE_SESSION_COOKIE] ?? null);
  });

  // Every state-changing request needs the token from GET /api/auth/csrf, sign-in and sign-up included. The token
  // is bound to the session, so one from before sign-in (or from another session) is refused.
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const presented = request.headers['x-csrf-token'];
    if (
      request.csrfSecret &&
      csrfTokenMatches(request.csrfSecret, typeof presented === 'string' ? presented : undefined)
    ) {
      return;
    }
    throw new AppError(
      'CSRF_INVALID',
      403,
      'The security token of this page is missing or out of date. Reload the page and try again.',
    );
  });
});

/**
 * A hook that lets through signed-in accounts with one of `roles` (any role when empty). As `preHandler` it runs
 * after the body is parsed and validated; admin routes use it as `onRequest`, so that whoever is not an admin gets
 * 401 or 403 before anything they sent is read.
 */
export function requireRole(...roles: Role[]) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.account) throw new UnauthenticatedError();
    if (roles.length > 0 && !roles.includes(request.account.role)) throw new ForbiddenError();
  };
}

/** The signed-in account inside a handler guarded by requireRole. */
export function currentAccount(request: FastifyRequest): Account {
  if (!request.account) throw new UnauthenticatedError();
  return request.account;
}
