// Streams an upload into S3 while it is inspected (type by content, size, image decode), and removes the object
// again when either side fails. Materials and verification photos are stored this way.
import type { Readable } from 'node:stream';
import { AppError } from '../../lib/app-error.ts';
import type { MaterialObjects } from './material-objects.ts';
import { MaterialUploadError } from './upload/upload.errors.ts';
import { type InspectionResult, type InspectOptions, inspectUpload } from './upload/upload.inspect.ts';

type Log = { warn: (detail: object, message: string) => void };

const storageDown = () =>
  new AppError(
    'SERVICE_UNAVAILABLE',
    503,
    'The file store did not answer, so the file was not saved. Try again shortly.',
  );

export function createInspectedStore({ objects, log }: { objects: MaterialObjects; log: Log }) {
  const discard = (key: string) =>
    objects.remove(key).catch((error: unknown) => {
      // The orphan collector deletes it later: no row references it.
      log.warn({ err: error }, 'could not delete an uploaded object');
    });

  return {
    discard,
    /**
     * The file into S3 under `key` while it is inspected; the inspection's result once both are done. A refusal
     * rejects with the MaterialUploadError (nothing stored); a storage failure with a 503.
     */
    async store(file: Readable, key: string, options: InspectOptions): Promise<InspectionResult> {
      const { body, result } = inspectUpload(file, options);
      let first: 'inspection' | 'storage' | undefined;
      const stored = objects.put(key, body).catch((error: unknown) => {
        first ??= 'storage';
        // lib-storage stops reading on its own failure; ending `body` settles the inspection too.
        body.destroy();
        throw error;
      });
      const inspected = result.catch((error: unknown) => {
        first ??= 'inspection';
        throw error;
      });
      const [put, inspection] = await Promise.allSettled([stored, inspected]);
      if (put.status === 'fulfilled' && inspection.status === 'fulfilled') return inspection.value;
      await discard(key);
      const reason = inspection.status === 'rejected' ? inspection.reason : undefined;
      // What the content was refused for, unless the store failed first and cut the stream short.
      if (reason instanceof MaterialUploadError && (reason.code !== 'MATERIAL_UPLOAD_ABORTED' || first !== 'storage')) {
        throw reason;
      }
      if (put.status === 'rejected') log.warn({ err: put.reason }, 'upload to storage failed');
      throw storageDown();
    },
  };
}

export type InspectedStore = ReturnType<typeof createInspectedStore>;

/** What a stored file's row records of its inspection (materials and verification photos alike). */
export const inspectedColumns = (inspection: InspectionResult) => ({
  contentType: inspection.contentType,
  bytes: inspection.bytes,
  width: inspection.width ?? null,
  height: inspection.height ?? null,
  sha256: inspection.sha256,
});
