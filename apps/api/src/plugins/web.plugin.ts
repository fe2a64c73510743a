// Serves the built SPA (apps/web/dist) from the API's port; unknown non-API paths get index.html so
// client-side routes survive a reload. Files are sent as the build precompressed them (.br, .gz next to each) when
// the browser accepts it. Hashed assets under /assets/ never change, so browsers keep them for a year without
// asking; everything else (index.html above all, which names the current assets) is revalidated on every use.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { NotFoundError } from '../lib/app-error.ts';

export const IMMUTABLE_ASSET = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export const webPlugin = fp(async (app: FastifyInstance, opts: { distDir: string }) => {
  if (!existsSync(`${opts.distDir}/index.html`)) {
    app.log.warn({ distDir: opts.distDir }, 'web app not built: serving the API only (run `npm run build`)');
    return;
  }
  const assetsDir = path.join(path.resolve(opts.distDir), 'assets') + path.sep;
  await app.register(fastifyStatic, {
    root: opts.distDir,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders(res, filePath) {
      res.setHeader('cache-control', filePath.startsWith(assetsDir) ? IMMUTABLE_ASSET : REVALIDATE);
      // The same address answers in brotli, gzip or plain bytes depending on the request.
      res.setHeader('vary', 'accept-encoding');
    },
  });
  const sendIndex = (reply: FastifyReply) => reply.header('cache-control', REVALIDATE).sendFile('index.html');
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    if (pathname === '/api' || pathname.startsWith('/api/')) throw new NotFoundError(`The API path ${pathname}`);
    // A chunk of an older build is gone: a 404, not the page, so the app can tell a failed load from a script.
    if (pathname.startsWith('/assets/')) throw new NotFoundError(`The file ${pathname}`);
    return sendIndex(reply);
  });
});
