// Serves the built SPA (apps/web/dist) from the API's port; unknown non-API paths get index.html so
// client-side routes survive a reload. Files are sent as the build precompressed them (.br, .gz next to each) when
// the browser accepts it. Hashed assets under /assets/ never change, so browsers keep them for a year without
// asking; everything else (index.html above all, which names the current assets) is revalidated on every use.
// The sign-in page, and the new filing's verify step for a browser with a session, are sent already rendered, in the
// language the browser chose (docs/decisions/043 and 059).
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  isLocale,
  LOCALE_COOKIE,
  LOCALES,
  type Locale,
  PRERENDERED_PAGES,
  type PrerenderedPageAddress,
  prerenderedFile,
} from '@beian/contracts';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { NotFoundError } from '../lib/app-error.ts';
import { SESSION_COOKIE } from '../modules/auth/auth-cookies.ts';
import type { ParsedQuery } from './query-string.ts';

export const IMMUTABLE_ASSET = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
const DEFAULT_LOCALE: Locale = 'zh-CN';

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
  // Each page as the web build prerenders it (apps/web/scripts/prerender-pages.ts), in the language chosen.
  const sendPrerendered = (page: PrerenderedPageAddress) => {
    // Only a build that has them (the prerender step can be left out of a build made by hand).
    const built = LOCALES.every((locale) => existsSync(path.join(opts.distDir, prerenderedFile(page, locale))));
    app.get(page.path, { schema: { hide: true } }, (request, reply) => {
      // With a query the page can differ from the markup (the sign-in page's notice for ?next=): hydrating it would
      // not match. A signed-in page goes only to a browser that carries a session; the app checks it.
      const queried = Object.keys(request.query as ParsedQuery).length > 0;
      const fits = built && !queried && (page.role === undefined || Boolean(request.cookies?.[SESSION_COOKIE]));
      // One address, two languages, and with or without a session: a cache must keep them apart by the cookie.
      reply.header('vary', 'accept-encoding, cookie');
      return fits
        ? reply.header('cache-control', REVALIDATE).sendFile(prerenderedFile(page, chosenLocale(request)))
        : sendIndex(reply);
    });
  };
  for (const page of Object.values(PRERENDERED_PAGES)) sendPrerendered(page);
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    if (pathname === '/api' || pathname.startsWith('/api/')) throw new NotFoundError(`The API path ${pathname}`);
    // A chunk of an older build is gone: a 404, not the page, so the app can tell a failed load from a script.
    if (pathname.startsWith('/assets/')) throw new NotFoundError(`The file ${pathname}`);
    return sendIndex(reply);
  });
});
