// Where a material's bytes live in the bucket, and how they are put there: ids only in the key (no file names, no
// names or certificate numbers), and server-side encryption wherever the storage is configured for it.

import type { Readable } from 'node:stream';
import type { PutObjectCommandInput } from '@aws-sdk/client-s3';
import type { Storage } from '../../../infra/storage.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `materials/<filingId>/<materialId>`. The material id is generated (randomUUID) before the upload, and the
 * database row is written with it only once the object is stored.
 */
export function materialObjectKey(ids: { filingId: string; materialId: string }): string {
  for (const id of [ids.filingId, ids.materialId]) {
    if (!UUID.test(id)) throw new RangeError('Material object keys are built from UUIDs only.');
  }
  return `materials/${ids.filingId.toLowerCase()}/${ids.materialId.toLowerCase()}`;
}

/**
 * Parameters for `new Upload({ client, params })` from @aws-sdk/lib-storage. The stored type is left generic: the
 * content type is known only after the first bytes, it is kept on the database row, and downloads go through the
 * API, which serves the row's type.
 */
export function materialUploadParams(
  storage: Pick<Storage, 'bucket' | 'serverSideEncryption'>,
  key: string,
  body: Readable,
): PutObjectCommandInput {
  return {
    Bucket: storage.bucket,
    Key: key,
    Body: body,
    ContentType: 'application/octet-stream',
    ...(storage.serverSideEncryption ? { ServerSideEncryption: storage.serverSideEncryption } : {}),
  };
}
