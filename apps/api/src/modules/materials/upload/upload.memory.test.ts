import { Readable } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { photo } from './upload.fixtures.ts';
import { inspectUpload } from './upload.inspect.ts';

// A collection before each sample shows what the pipeline still holds, not what the collector has yet to free.
v8.setFlagsFromString('--expose-gc');
const collectOnce = vm.runInNewContext('gc') as () => void;
/**
 * Two collections: V8 frees the memory of dead buffers on a background thread after a collection, and the next one
 * waits for that to finish. After one alone, the image's chunks let go a moment ago still counted, at random (a
 * 3.1 MB photo read 6.1 MB in some runs and 3.1 MB in the rest; the second collection always brought it to 3.1).
 */
const gc = () => {
  collectOnce();
  collectOnce();
};
const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

/** A PDF of `total` bytes in fresh 64 KB chunks, as a network stream delivers them, sampling memory as it goes. */
function bigPdf(total: number, sample: () => void): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const chunk = Buffer.alloc(Math.min(CHUNK, total - sent), 0x20);
      if (sent === 0) chunk.write('%PDF-1.7\n');
      if (sent + chunk.length === total) chunk.write('%%EOF\n', chunk.length - 6);
      sent += chunk.length;
      if ((sent / CHUNK) % 32 === 0) sample();
      this.push(chunk);
    },
  });
}

/** The file in fresh 64 KB chunks, as a network stream delivers them, sampling memory as each is handed out. */
function fresh(bytes: Buffer, sample: () => void): Readable {
  let at = 0;
  return new Readable({
    read() {
      if (at >= bytes.length) return void this.push(null);
      const chunk = Buffer.from(bytes.subarray(at, at + CHUNK));
      at += chunk.length;
      sample();
      this.push(chunk);
    },
  });
}

/**
 * Reads `body` as the S3 upload (lib-storage) does for one part: every chunk kept until the end, then joined into one
 * buffer unless it came as one. Samples memory once the part is built, when it is handed to the PUT.
 */
async function asOnePart(body: Readable, sample: () => void): Promise<number> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  const part = chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks);
  sample();
  return part.length;
}

// Buffers only: every copy of the file is one, while the JS heap also moves with whatever else the worker compiles or
// allocates meanwhile (it made the image's figure swing by megabytes on a busy machine).
const used = () => process.memoryUsage().arrayBuffers;

describe('inspectUpload memory', () => {
  it('streams 50 MB through without holding it', async () => {
    gc();
    const baseline = used();
    let peak = 0;
    const sample = () => {
      gc();
      peak = Math.max(peak, used() - baseline);
    };
    const started = performance.now();
    const { body, result } = inspectUpload(bigPdf(50 * MB, sample), { kind: 'PRE_APPROVAL', maxBytes: 64 * MB });
    for await (const _chunk of body) {
      // The S3 upload would send each part on; this consumer lets it go.
    }
    const inspection = await result;
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `50 MB through the pipeline: peak growth ${(peak / MB).toFixed(1)} MB (buffers), ${(50 / seconds).toFixed(0)} MB/s`,
    );
    expect(inspection).toMatchObject({ contentType: 'application/pdf', bytes: 50 * MB });
    // Loose on purpose: buffering the file would show as 50 MB; streaming stays within a few chunks.
    expect(peak).toBeLessThan(16 * MB);
  });

  it('holds an image once while it arrives, is decoded and is handed to the S3 upload', async () => {
    const image = await photo('jpeg', 2800, 2100);
    gc();
    const baseline = used();
    let peak = 0;
    const sample = () => {
      gc();
      peak = Math.max(peak, used() - baseline);
    };
    const { body, result } = inspectUpload(fresh(image, sample), { kind: 'PRE_APPROVAL' });
    const [stored, inspection] = await Promise.all([asOnePart(body, sample), result]);
    console.info(
      `a ${(image.length / MB).toFixed(1)} MB photo through the pipeline: peak growth ${(peak / MB).toFixed(1)} MB`,
    );
    expect(inspection).toMatchObject({ contentType: 'image/jpeg', bytes: image.length, width: 2800 });
    expect(stored).toBe(image.length);
    // A second copy (the part joined from the chunks beside the chunks, or the decode's own) would show as 2×.
    expect(peak).toBeLessThan(1.5 * image.length);
  });
});
