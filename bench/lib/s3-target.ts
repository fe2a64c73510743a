// The S3 a benchmark and the API it starts both write to. With S3_ENDPOINT set, that S3 (credentials and bucket from
// the same variables the API reads); otherwise an s3rver that the benchmark runs in its own process, so that the
// API's memory and CPU figures do not include the S3 server's and a direct PutObject reaches the very same server.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { startEmbeddedS3 } from '../../apps/api/src/embedded/embedded-s3.ts';

export interface S3Target {
  /** How the bucket is served, for the printout. */
  label: string;
  bucket: string;
  client: S3Client;
  /** The variables that point the API at this S3. */
  apiEnv: Record<string, string>;
  close(): Promise<void>;
}

export async function openS3Target(dataDir: string): Promise<S3Target> {
  const bucket = process.env.S3_BUCKET || 'beian-materials';
  const given = process.env.S3_ENDPOINT;
  let endpoint: string;
  let credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  let stop = async () => {};
  if (given) {
    endpoint = given;
    const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = process.env;
    credentials = accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined;
  } else {
    const directory = path.join(dataDir, 'bench-s3');
    await mkdir(directory, { recursive: true });
    const server = await startEmbeddedS3(directory, bucket);
    endpoint = server.endpoint;
    credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    stop = server.close;
  }
  const client = new S3Client({
    endpoint,
    region: process.env.S3_REGION || 'ap-guangzhou',
    forcePathStyle: process.env.S3_FORCE_PATH_STYLE !== 'false',
    // As the API's client: no checksums that some S3-compatible servers reject.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials,
  });
  return {
    label: given ? `S3_ENDPOINT ${endpoint}` : `s3rver in the benchmark process at ${endpoint}`,
    bucket,
    client,
    apiEnv: given
      ? {}
      : {
          S3_ENDPOINT: endpoint,
          S3_BUCKET: bucket,
          S3_ACCESS_KEY_ID: credentials?.accessKeyId ?? '',
          S3_SECRET_ACCESS_KEY: credentials?.secretAccessKey ?? '',
        },
    async close() {
      client.destroy();
      await stop();
    },
  };
}
