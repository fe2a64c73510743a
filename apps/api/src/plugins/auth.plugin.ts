// Resolves the session cookie on every request, enforces CSRF on every state-changing request,
// and offers the role guards that every route's preHandler uses.
import type { Account, Role } from '@beian/contracts';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError, UnauthenticatedError } from '../lib/app-error.ts';
import type { AuthService } from '../modules/auth/auth.service.ts';
import { SESSION_COOKIE } from '../modules/auth/session-token.ts';

declare module 'fastify' {
  interface FastifyRequest {
    account: Account | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const authPlugin = fp(async (app: FastifyInstance, opts: { auth: AuthService; secureCookies: boolean }) => {
  await app.register(cookie);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'beian_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: opts.secureCookies },
    getToken: (req: FastifyRequest) => req.headers['x-csrf-token'] as string | undefined,
  });

  app.decorateRequest('account', null);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.account = token ? await opts.auth.resolveSession(token) : null;
  });

  // Every state-changing request needs the token from GET /api/auth/csrf, sign-in and sign-up included.
  app.addHook('onRequest', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method)) return done();
    app.csrfProtection(request, reply, done);
  });
});

/** preHandler that lets through signed-in accounts with one of `roles` (any role when empty). */
export function requireRole(...roles: Role[]): preHandlerAsyncHookHandler {
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
