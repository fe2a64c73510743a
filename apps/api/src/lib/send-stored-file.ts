// Sends an upload read back from storage (a material, a verification photo, an ID image for an operator): never
// rendered as a page of this origin. It is a download when opened, and a sandbox (no scripts, an opaque origin) should
// a browser render it anyway, so a PDF's OpenAction script cannot run as the API. The web app fetches the bytes and
// shows them from a blob: URL.
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

export type StoredFile = { contentType: string; bytes: number; filename: string; stream: Readable };

export const sendStoredFile = (reply: FastifyReply, file: StoredFile) =>
  reply
    .type(file.contentType)
    .header('content-length', file.bytes)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('content-security-policy', 'sandbox')
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.stream);
