// Compresses large JSON answers (lists, filing details, dashboards) with brotli or gzip when the client accepts it.
// Small answers stay as they are: under the threshold a response fits in a packet or two either way, and the hot
// small ones (session, counters, errors) are not worth the CPU. Only JSON bodies built in memory are touched:
// streamed downloads (files, PDFs, CSV exports) keep their own bytes and headers. Static files come precompressed
// (web.plugin.ts).
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { acceptedEncoding } from './accept-encoding.ts';

/** Bytes below which a JSON body is sent as is. */
export const COMPRESS_THRESHOLD_BYTES = 2048;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json(?:\s*;|$)/i;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
// Quality 4 (brotli) and level 6 (gzip) compress a 100 KB list in about a millisecond on a worker thread; the top
// levels are for build-time compression of static files.
const BROTLI_OPTIONS = {
  params: {
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
  },
};

export const responseCompressionPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const type = reply.getHeader('content-type');
    if (typeof type !== 'string' || !JSON_TYPE.test(type)) return payload;
    if (reply.hasHeader('content-encoding') || reply.statusCode === 204 || reply.statusCode === 206) return payload;
    reply.header('vary', appendVary(reply.getHeader('vary')));
    // Measured without copying: most answers are small, and this runs for every one of them.
    if (Buffer.byteLength(payload) < COMPRESS_THRESHOLD_BYTES) return payload;
    const encoding = acceptedEncoding(request.headers['accept-encoding']);
    if (encoding === null) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const compressed = encoding === 'br' ? await brotli(body, BROTLI_OPTIONS) : await gzip(body);
    reply.header('content-encoding', encoding);
    reply.header('content-length', compressed.length);
    return compressed;
  });
});

/** The Vary header with Accept-Encoding added once: the answer depends on it from here on. */
function appendVary(current: number | string | string[] | undefined): string {
  const existing = Array.isArray(current) ? current.join(', ') : typeof current === 'string' ? current : '';
  if (/(?:^|,)\s*(?:accept-encoding|\*)\s*(?:,|$)/i.test(existing)) return existing;
  return existing === '' ? 'accept-encoding' : `${existing}, accept-encoding`;
}
