// The yardstick for the upload benchmark: the same file PUT straight into the same bucket with the AWS SDK
// (PutObject), `parallel` at a time, with no API, inspection or database in the way. Removes what it wrote.
import { DeleteObjectsCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Target } from './lib/s3-target.ts';

export async function directPuts(
  s3: S3Target,
  file: Buffer,
  files: number,
  parallel: number,
): Promise<{ seconds: number; latencies: number[] }> {
  const prefix = `bench-direct/${Date.now()}/`;
  const sse = process.env.S3_SERVER_SIDE_ENCRYPTION ?? 'AES256';
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < files) {
        const n = next++;
        const t = performance.now();
        await s3.client.send(
          new PutObjectCommand({
            Bucket: s3.bucket,
            Key: `${prefix}${n}.jpg`,
            Body: file,
            ContentType: 'application/octet-stream',
            ...(sse === 'none' ? {} : { ServerSideEncryption: sse as 'AES256' | 'aws:kms' }),
          }),
        );
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const keys = Array.from({ length: files }, (_, n) => ({ Key: `${prefix}${n}.jpg` }));
  for (let at = 0; at < keys.length; at += 1000) {
    await s3.client.send(
      new DeleteObjectsCommand({ Bucket: s3.bucket, Delete: { Objects: keys.slice(at, at + 1000) } }),
    );
  }
  return { seconds, latencies };
}
