// The bucket side of materials: stream an upload in (multipart above one part, aborted on failure), read one out,
// delete one, and list every object under materials/ page by page.
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Storage } from '../../infra/storage.ts';
import { materialUploadParams } from './upload/upload.object-key.ts';

export const MATERIALS_PREFIX = 'materials/';
// The smallest part S3 allows, one part in flight: a streamed upload (a PDF) holds at most one part in memory. An
// image arrives as one buffer, already held for its decode: one part is that buffer, and a larger one is sent in
// slices of it, without a copy.
const PART_SIZE = 5 * 1024 * 1024;

export type StoredObject = { key: string; lastModified: Date };

export function createMaterialObjects(storage: Storage) {
  const { client, bucket } = storage;
  return {
    /** Resolves once stored; rejects (leaving no object: lib-storage aborts a multipart upload) when `body` fails. */
    put(key: string, body: Readable): Promise<unknown> {
      return new Upload({
        client,
        params: materialUploadParams(storage, key, body),
        partSize: PART_SIZE,
        queueSize: 1,
      }).done();
    },

    async open(key: string): Promise<Readable> {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (!object.Body) throw new Error('The object has no body');
      return object.Body as Readable;
    },

    async remove(key: string): Promise<void> {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },

    async *pages(): AsyncGenerator<StoredObject[]> {
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: MATERIALS_PREFIX, ContinuationToken: token }),
        );
        yield (page.Contents ?? []).flatMap((o) =>
          o.Key && o.LastModified ? [{ key: o.Key, lastModified: o.LastModified }] : [],
        );
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
  };
}

export type MaterialObjects = ReturnType<typeof createMaterialObjects>;
