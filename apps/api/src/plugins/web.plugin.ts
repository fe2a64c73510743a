// Serves the built SPA (apps/web/dist) from the API's port; unknown non-API paths get index.html so
// client-side routes survive a reload. Files are sent as the build precompressed them (.br, .gz next to each) when
// the browser accepts it. Hashed assets under /assets/ never change, so browsers keep them for a year without
// asking; everything else (index.html above all, which names the current assets) is revalidated on every use.
// The sign-in page is sent already rendered, in the language the browser chose (docs/decisions/043).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isLocale, LOCALE_COOKIE, LOCALES, type Locale } from '@beian/contracts';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { NotFoundError } from '../lib/app-error.ts';
import type { ParsedQuery } from './query-string.ts';

export const IMMUTABLE_ASSET = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The prerendered sign-in page for a locale, as the web build writes it (apps/web/scripts/prerender-sign-in.ts). */
export const prerenderedSignInFile = (locale: Locale) => `prerendered/login.${locale}.html`;

/** The language the web app will show: the one chosen in this browser (mirrored in a cookie), else the default.
 * The app itself picks no other way before sign-in (apps/web/src/i18n/i18n.ts). */
function chosenLocale(request: FastifyRequest): Locale {
  const chosen = request.cookies?.[LOCALE_COOKIE];
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

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
  // Only a build that has them (the prerender step can be left out of a build made by hand).
  const prerendered = LOCALES.every((locale) => existsSync(path.join(opts.distDir, prerenderedSignInFile(locale))));
  app.get('/login', { schema: { hide: true } }, (request, reply) => {
    // With ?next= the page adds a notice the prerendered markup does not have; hydrating it would not match.
    const { next } = request.query as ParsedQuery;
    if (!prerendered || next !== undefined) return sendIndex(reply);
    return reply
      .header('cache-control', REVALIDATE)
      .header('vary', 'accept-encoding, cookie')
      .sendFile(prerenderedSignInFile(chosenLocale(request)));
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    if (pathname === '/api' || pathname.startsWith('/api/')) throw new NotFoundError(`The API path ${pathname}`);
    // A chunk of an older build is gone: a 404, not the page, so the app can tell a failed load from a script.
    if (pathname.startsWith('/assets/')) throw new NotFoundError(`The file ${pathname}`);
    return sendIndex(reply);
  });
});
