// An answer given before the request's body was read (an upload refused at its first bytes, 413, 415, a 401 on an
// upload) must not leave the rest of the body on the connection: the next request on that keep-alive socket would
// wait behind it until the keep-alive timeout. A remainder up to DRAIN_LIMIT is read and dropped after the answer,
// so the connection stays usable; a larger or unknown one closes the connection instead of reading it all.
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Large enough for a refused photo or a too-large JSON body; a refused 20 MB scan closes its connection instead. */
export const DRAIN_LIMIT = 8 * 1024 * 1024;

const hasBody = (raw: IncomingMessage) =>
  raw.headers['transfer-encoding'] !== undefined || Number(raw.headers['content-length'] ?? 0) > 0;

function drain(raw: IncomingMessage): void {
  if (raw.complete || raw.destroyed) return;
  let read = 0;
  // Whatever still reads the body (a multipart parser that gave up) lets go of it, so nothing pauses it again.
  raw.unpipe();
  raw.on('data', (chunk: Buffer) => {
    read += chunk.length;
    if (read > DRAIN_LIMIT) raw.socket.destroy();
  });
  raw.resume();
}

export const unreadBodyPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onSend', async (request, reply, payload) => {
    const raw = request.raw;
    if (raw.complete || !hasBody(raw)) return payload;
    const declared = Number(raw.headers['content-length']);
    if (Number.isSafeInteger(declared) && declared <= DRAIN_LIMIT) reply.raw.once('finish', () => drain(raw));
    else reply.header('connection', 'close');
    return payload;
  });
});
