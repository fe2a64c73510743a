// Stream helpers for the upload tests: a file arriving in network-sized chunks, one cut off half way, and a reader.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

export function arriving(bytes: Buffer, chunkSize = 16 * 1024): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
    })(),
  );
}

/** Sends the first half of the file, then fails as a dropped connection does. */
export function abortedHalfWay(bytes: Buffer, chunkSize = 16 * 1024): Readable {
  const half = bytes.subarray(0, Math.floor(bytes.length / 2));
  const stream = new Readable({ read() {} });
  for (let at = 0; at < half.length; at += chunkSize) stream.push(half.subarray(at, at + chunkSize));
  setTimeout(() => stream.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })), 10);
  return stream;
}

/** What the S3 side received: the bytes, their hash and in how many pieces, and the error that stopped the stream. */
export interface Drained {
  readonly bytes: number;
  readonly sha256: string;
  readonly chunks: number;
  readonly error?: unknown;
}

/** Reads a stream to the end as the S3 upload would, keeping only the count and the hash. */
export async function drain(stream: Readable): Promise<Drained> {
  const hash = createHash('sha256');
  let bytes = 0;
  let chunks = 0;
  try {
    for await (const chunk of stream) {
      bytes += (chunk as Buffer).length;
      chunks += 1;
      hash.update(chunk as Buffer);
    }
    return { bytes, sha256: hash.digest('hex'), chunks };
  } catch (error) {
    return { bytes, sha256: hash.digest('hex'), chunks, error };
  }
}

/** Counts what a source has handed out, to show that a refusal stops reading it. */
export function counted(source: Readable): { source: Readable; read: () => number } {
  let read = 0;
  source.on('data', (chunk: Buffer) => {
    read += chunk.length;
  });
  return { source, read: () => read };
}
