// Serves the built SPA (apps/web/dist) from the API's port; unknown non-API paths get index.html so
// client-side routes survive a reload.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { NotFoundError } from '../lib/app-error.ts';

export const webPlugin = fp(async (app: FastifyInstance, opts: { distDir: string }) => {
  if (!existsSync(`${opts.distDir}/index.html`)) {
    app.log.warn({ distDir: opts.distDir }, 'web app not built: serving the API only (run `npm run build`)');
    return;
  }
  await app.register(fastifyStatic, { root: opts.distDir, wildcard: false, index: false });
  const sendIndex = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html');
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path === '/api' || path.startsWith('/api/')) throw new NotFoundError(`The API path ${path}`);
    return sendIndex(reply);
  });
});
