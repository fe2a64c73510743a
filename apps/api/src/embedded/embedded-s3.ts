// Embedded S3 server (s3rver) for a zero-setup start and for tests; reached through the normal S3 client.
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';

export type EmbeddedS3 = { endpoint: string; close: () => Promise<void> };

/** Serves `directory` as an S3 endpoint on a free loopback port (s3rver checks no signatures: loopback only). */
export async function startEmbeddedS3(directory: string, bucket: string): Promise<EmbeddedS3> {
  await mkdir(directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const address = (await server.run()) as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
