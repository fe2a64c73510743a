// S3-compatible object storage (AWS S3, MinIO, Tencent COS, or the embedded s3rver) behind one small client.
import { CreateBucketCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { useKnownPayloadHashes } from './known-payload-hash.ts';

export type StorageOptions = {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  serverSideEncryption: 'AES256' | 'aws:kms' | 'none';
};

export type Storage = ReturnType<typeof createStorage>;

export function createStorage(options: StorageOptions) {
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    // Without these the SDK adds checksums that some S3-compatible servers reject or corrupt streams with.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials:
      options.accessKeyId && options.secretAccessKey
        ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
        : undefined,
    maxAttempts: 2,
  });
  useKnownPayloadHashes(client);

  return {
    client,
    bucket: options.bucket,
    serverSideEncryption: options.serverSideEncryption === 'none' ? undefined : options.serverSideEncryption,
    /** Readiness probe: the bucket exists and the credentials can reach it. */
    async ping(): Promise<void> {
      await client.send(new HeadBucketCommand({ Bucket: options.bucket }), {
        abortSignal: AbortSignal.timeout(3000),
      });
    },
    /** Creates the bucket when it is missing (first start on a new endpoint). */
    async ensureBucket(): Promise<void> {
      try {
        await client.send(new HeadBucketCommand({ Bucket: options.bucket }));
      } catch {
        await client.send(new CreateBucketCommand({ Bucket: options.bucket }));
      }
    },
    close(): void {
      client.destroy();
    },
  };
}
