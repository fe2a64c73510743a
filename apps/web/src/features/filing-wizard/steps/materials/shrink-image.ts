// The canvas part of shrinking a phone photo: decode once (turned upright by its EXIF orientation), then encode
// as JPEG along shrinkAttempts until one fits.
import { encodeJpeg } from '../../../../lib/images/encode-jpeg.ts';
import { shrinkAttempts } from '../../../../lib/images/shrink-attempts.ts';

const jpegName = (name: string) => `${name.replace(/\.[^.]+$/, '') || 'photo'}.jpg`;

/** The photo as a JPEG of at most targetBytes, or null when even the smallest readable size is larger. */
export async function shrinkToJpeg(file: File, targetBytes: number): Promise<File | null> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    for (const attempt of shrinkAttempts(bitmap.width, bitmap.height)) {
      const blob = await encodeJpeg(bitmap, attempt);
      if (blob.size <= targetBytes) return new File([blob], jpegName(file.name), { type: 'image/jpeg' });
    }
    return null;
  } finally {
    bitmap.close();
  }
}
