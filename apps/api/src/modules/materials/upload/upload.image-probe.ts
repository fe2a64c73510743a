// Decodes an uploaded image with sharp while it streams past, to refuse damaged images and decompression bombs and
// to learn its dimensions. sharp collects stream input into one buffer before libvips decodes it, so an image is
// held in memory up to its kind's size limit (5 MB for photos), never more: the byte limit runs before this.
import sharp from 'sharp';
import { MaterialUploadError, uploadErrors } from './upload.errors.ts';

/** A 48-megapixel phone photo passes; a 20000 × 20000 bomb (400 MP) does not. */
export const MAX_IMAGE_PIXELS = 50_000_000;

export interface ImageProbe {
  write(chunk: Buffer): void;
  /** Decodes every pixel (a header alone does not show truncation) and returns the upright dimensions. */
  finish(expectedFormat: 'jpeg' | 'png'): Promise<{ width: number; height: number }>;
  abort(): void;
}

export function createImageProbe(maxPixels = MAX_IMAGE_PIXELS): ImageProbe {
  // failOn 'error' refuses truncated and broken data but not the harmless warnings some cameras' JPEGs raise.
  const image = sharp({ limitInputPixels: maxPixels, failOn: 'error', sequentialRead: true });
  // Failures surface through finish(); without a listener an early one would crash the process.
  image.on('error', () => {});
  return {
    write: (chunk) => {
      image.write(chunk);
    },
    async finish(expectedFormat) {
      image.end();
      try {
        const { format, autoOrient } = await image.metadata();
        if (format !== expectedFormat || !autoOrient.width || !autoOrient.height) throw uploadErrors.imageCorrupt();
        await image.stats();
        // As a person sees it: a phone photo taken upright is stored sideways with an EXIF orientation.
        return { width: autoOrient.width, height: autoOrient.height };
      } catch (error) {
        if (error instanceof Error && /pixel limit/i.test(error.message)) throw uploadErrors.imageTooLarge(maxPixels);
        throw error instanceof MaterialUploadError ? error : uploadErrors.imageCorrupt();
      }
    },
    abort: () => {
      image.destroy();
    },
  };
}
