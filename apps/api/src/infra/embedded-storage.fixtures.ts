// For tests: the console's S3 client on an embedded S3 server (s3rver) serving a temporary folder, as the runtime
// builds it when no S3 endpoint is configured, and one call that stops both and removes the folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedS3 } from '../embedded/embedded-s3.ts';
import { createStorage, type Storage, type StorageOptions } from './storage.ts';

export type EmbeddedStorage = { storage: Storage; close: () => Promise<void> };

export async function startEmbeddedStorage(
  bucket: string,
  serverSideEncryption: StorageOptions['serverSideEncryption'] = 'none',
): Promise<EmbeddedStorage> {
  const directory = await mkdtemp(join(tmpdir(), `${bucket}-`));
  const s3 = await startEmbeddedS3(directory, bucket);
  const storage = createStorage({
    endpoint: s3.endpoint,
    region: 'ap-guangzhou',
    bucket,
    // s3rver accepts any credentials; the SDK still needs some to sign with.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    serverSideEncryption,
  });
  return {
    storage,
    async close() {
      storage.close();
      await s3.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
