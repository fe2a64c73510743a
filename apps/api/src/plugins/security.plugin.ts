// Security headers (CSP for the SPA and the API docs), a per-IP request budget that runs before anything else
// touches the request, no caching of API answers unless a route says otherwise, and a bounded read of a body that
// was refused before it was read (unread-body.plugin.ts).
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error.ts';
import type { RequestBudget } from '../modules/request-budget/request-budget.ts';
import { securityHeaders } from './security-headers.ts';
import { unreadBodyPlugin } from './unread-body.plugin.ts';

export const securityPlugin = fp(async (app: FastifyInstance, opts: { budget: RequestBudget; https: boolean }) => {
  const headers = securityHeaders({ https: opts.https });
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });

  // The per-IP budget against floods, shared by every API process (request-budget.ts); sign-in has its own
  // database-backed limit per account and IP. As an instance onRequest hook registered first, the budget is spent
  // before anything else reads the database for the request (the session lookup among them): at most one slice of a
  // client's budget is asked for now and then. Routes with `config: { rateLimit: false }` (the health probes) are
  // outside it.
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config?.rateLimit === false) return;
    const spent = await opts.budget.spend(request.ip);
    if (spent.ok) return;
    reply.header('retry-after', String(spent.retryAfterSeconds));
    throw new AppError('RATE_LIMITED', 429, 'Too many requests. Please wait and try again.');
  });
  // Routes with a limit of their own (sign-in, the filing password) count it with the plugin, in this process, after
  // the budget.
  await app.register(rateLimit, { global: false });

  // Answers of the API carry personal data more often than not: none is stored by a browser or a proxy unless its
  // route sets its own Cache-Control.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  await app.register(unreadBodyPlugin);
});
