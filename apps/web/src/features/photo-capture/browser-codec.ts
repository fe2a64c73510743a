// The browser's own image decoder and canvas for re-encoding; HEIC through heic-to's CSP-safe build (plain
// JavaScript: no eval, no WebAssembly), loaded only when someone actually picks a HEIC photo, since it is large.
import { encodeJpeg } from '../../lib/images/encode-jpeg.ts';
import type { Decoded, PhotoCodec } from './prepare-photo.ts';

type BitmapImage = Decoded & { bitmap: ImageBitmap };

const fromBitmap = (bitmap: ImageBitmap): BitmapImage => ({
  width: bitmap.width,
  height: bitmap.height,
  bitmap,
  close: () => bitmap.close(),
});

export const browserCodec: PhotoCodec = {
  // 'from-image' turns a phone photo upright by its EXIF orientation, as the person saw it when taking it.
  decode: async (file) => fromBitmap(await createImageBitmap(file, { imageOrientation: 'from-image' })),

  async decodeHeic(file) {
    const { heicTo } = await import('heic-to/csp');
    return fromBitmap(await heicTo({ blob: file, type: 'bitmap' }));
  },

  encodeJpeg: (image, attempt) => encodeJpeg((image as BitmapImage).bitmap, attempt),
};
