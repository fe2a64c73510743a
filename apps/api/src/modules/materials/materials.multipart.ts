// Multipart parsing for material uploads, registered only where uploads are taken. Busboy's limits are fixed before
// the fields say which kind is coming, so its file limit is the largest kind's plus one byte: the inspection's own
// per-kind limit (always lower) refuses first, with MATERIAL_TOO_LARGE and the limit of that kind.

import { MATERIAL_KIND_SPECS } from '@beian/domain';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';

export const LARGEST_MATERIAL_BYTES = Math.max(...Object.values(MATERIAL_KIND_SPECS).map((spec) => spec.maxBytes));

export async function registerMaterialMultipart(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    limits: {
      files: 1,
      // kind, websiteFilingNo and category, and the file.
      fields: 3,
      parts: 4,
      fieldNameSize: 40,
      fieldSize: 200,
      headerPairs: 20,
      fileSize: LARGEST_MATERIAL_BYTES + 1,
    },
  });
}
