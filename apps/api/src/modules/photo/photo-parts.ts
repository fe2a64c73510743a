// Reads a photo upload's multipart parts: the text fields first (parsed by the route's schema), then the file, which
// is handed on as a stream while the request is still being read. Anything else is a 400 that names what to send.
import type { Readable } from 'node:stream';
import type { FieldError } from '@beian/contracts';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error.ts';
import { findUnsafeText } from '../../plugins/validation.ts';
import type { UploadPart } from '../materials/material-upload.service.ts';

const invalid = (detail: string, errors: FieldError[]) => new AppError('VALIDATION_FAILED', 400, detail, { errors });

/**
 * Calls `withFile` with the parsed fields and the photo's stream (the part named `file`) and returns its result.
 * A refused field drains the file first, so the request still ends normally.
 */
export async function withPhotoPart<S extends z.ZodType, R>(
  parts: AsyncIterable<UploadPart>,
  schema: S,
  withFile: (fields: z.infer<S>, file: Readable) => Promise<R>,
): Promise<R> {
  const fields: Record<string, string> = {};
  for await (const part of parts) {
    if (part.type === 'field') {
      fields[part.fieldname] = typeof part.value === 'string' ? part.value : '';
      continue;
    }
    const unsafe = findUnsafeText(fields);
    const parsed = schema.safeParse(fields);
    if (part.fieldname !== 'file' || unsafe.length > 0 || !parsed.success) {
      part.file.resume();
      if (part.fieldname !== 'file') {
        throw invalid(`The file part is named "${part.fieldname}"; name it "file".`, [
          { path: 'file', message: 'Attach the photo in a part named "file".' },
        ]);
      }
      const issues = unsafe.length > 0 ? unsafe : (parsed.error?.issues ?? []);
      const errors = issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      throw invalid(
        `The upload's fields are not valid: ${errors.map((e) => e.path || '(fields)').join(', ')}. Send them before the photo.`,
        errors,
      );
    }
    return withFile(parsed.data, part.file);
  }
  throw invalid('The request has no photo. Send the fields first, then the photo in a part named "file".', [
    { path: 'file', message: 'Attach the photo.' },
  ]);
}
