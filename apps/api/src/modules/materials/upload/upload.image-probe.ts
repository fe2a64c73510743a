// Decodes an uploaded image with sharp once it has arrived, to refuse damaged images and decompression bombs and to
// learn its dimensions. The compressed bytes are held until then, up to the kind's size limit (5 MB for photos; the
// byte limit runs before this), gathered into one buffer at the end: the decode reads that buffer and the upload
// stores the very same one, so an image in flight is held once. The decoded picture is never held whole: only its
// last row is asked for, which libvips, reading in sequence, reaches by decoding every row before it while keeping a
// few at a time (next to nothing for a 2.7-megapixel photo, where statistics over the whole picture held 10 to 30 MB
// and took three times as long). Decodes run one per core.
import { availableParallelism } from 'node:os';
import { createConcurrencyLimit } from '../../../lib/concurrency-limit.ts';
import { MaterialUploadError, uploadErrors } from './upload.errors.ts';

/** A 48-megapixel phone photo passes; a 20000 × 20000 bomb (400 MP) does not. */
export const MAX_IMAGE_PIXELS = 50_000_000;

export interface DecodedImage {
  /** Upright, as a person sees the photo. */
  readonly width: number;
  readonly height: number;
  /** Every byte of the file in one buffer: the one the decode read, to be stored as it is. */
  readonly bytes: Buffer;
}

export interface ImageProbe {
  write(chunk: Buffer): void;
  /** Decodes every pixel (a header alone does not show truncation); the upright dimensions and the bytes decoded. */
  finish(expectedFormat: 'jpeg' | 'png'): Promise<DecodedImage>;
  abort(): void;
}

// More decodes at once than cores only adds their memory, not speed; uploads past that wait with their bytes.
const decodeLimit = createConcurrencyLimit(availableParallelism());

type Sharp = typeof import('sharp').default;
let loaded: Promise<Sharp> | undefined;

/** sharp (and libvips with it) loads with the first image, not at start. */
function loadSharp(): Promise<Sharp> {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    // Each image is decoded once: libvips' operation cache would only keep finished uploads' memory alive.
    sharp.cache(false);
    return sharp;
  });
  return loaded;
}

async function decode(bytes: Buffer, expectedFormat: 'jpeg' | 'png', maxPixels: number) {
  const sharp = await loadSharp();
  // failOn 'error' refuses truncated and broken data but not the harmless warnings some cameras' JPEGs raise.
  const image = sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error', sequentialRead: true });
  try {
    const { format, width, height, autoOrient } = await image.metadata();
    if (format !== expectedFormat || !width || !height || !autoOrient.width || !autoOrient.height)
      throw uploadErrors.imageCorrupt();
    // The last row, as stored: a truncated or broken image fails on the way there. (Shrinking the picture to one
    // pixel is not the same: libvips then skips rows, and a JPEG missing its last rows passed.)
    await image
      .extract({ left: 0, top: height - 1, width, height: 1 })
      .raw()
      .toBuffer();
    // As a person sees it: a phone photo taken upright is stored sideways with an EXIF orientation.
    return { width: autoOrient.width, height: autoOrient.height };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw uploadErrors.imageTooLarge(maxPixels);
    throw error instanceof MaterialUploadError ? error : uploadErrors.imageCorrupt();
  }
}

export function createImageProbe(maxPixels = MAX_IMAGE_PIXELS): ImageProbe {
  let chunks: Buffer[] = [];
  let length = 0;
  return {
    write: (chunk) => {
      chunks.push(chunk);
      length += chunk.length;
    },
    async finish(expectedFormat) {
      // One copy, and the chunks let go at once: while it waits for a decode, an upload holds its bytes once.
      const bytes = chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, length);
      chunks = [];
      const size = await decodeLimit(() => decode(bytes, expectedFormat, maxPixels));
      return { ...size, bytes };
    },
    abort: () => {
      chunks = [];
    },
  };
}
