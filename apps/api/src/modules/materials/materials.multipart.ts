// Multipart parsing for material uploads, registered only where uploads are taken. Busboy's limits are fixed before
// the fields say which kind is coming, so its file limit is the largest kind's plus one byte: the inspection's own
// per-kind limit (always lower) refuses first, with MATERIAL_TOO_LARGE and the limit of that kind.

import { MATERIAL_KIND_SPECS } from '@beian/domain';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error.ts';

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

/**
 * The request's parts. What the multipart parser itself throws (no boundary, a body that is not multipart, a part
 * header it cannot read) is the client's malformed body: 400, not a failure of ours. The parser's own typed errors
 * (FST_*: too many parts, too large) keep their codes.
 */
export async function* uploadParts(request: FastifyRequest) {
  try {
    yield* request.parts();
  } catch (error) {
    const coded = typeof (error as { code?: unknown }).code === 'string';
    if (error instanceof AppError || coded || !(error instanceof Error)) throw error;
    throw new AppError(
      'MALFORMED_REQUEST',
      400,
      `The upload is not a well-formed multipart/form-data body (${error.message}). Send the fields, then the file.`,
    );
  }
}
