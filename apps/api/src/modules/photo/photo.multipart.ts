// Multipart parsing for verification photos, registered only where photos are taken: a few text fields, then one
// file. Busboy's limit is the photo's own plus one byte, so the inspection refuses first with PHOTO_TOO_LARGE.
import { SELF_PHOTO_MAX_BYTES } from '@beian/domain';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';

export async function registerPhotoMultipart(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    limits: {
      files: 1,
      fields: 4,
      parts: 5,
      fieldNameSize: 40,
      fieldSize: 200,
      headerPairs: 20,
      fileSize: SELF_PHOTO_MAX_BYTES + 1,
    },
  });
}
