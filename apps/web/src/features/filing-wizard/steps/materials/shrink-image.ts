// The canvas part of shrinking a phone photo: decode once (turned upright by its EXIF orientation), then encode
// as JPEG along shrinkAttempts until one fits. Re-encoding also drops the photo's metadata, location included.
import { type ShrinkAttempt, shrinkAttempts } from './upload-plan.ts';

async function encode(bitmap: ImageBitmap, { width, height, quality }: ShrinkAttempt): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    draw(canvas.getContext('2d'), bitmap, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  draw(canvas.getContext('2d'), bitmap, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('encode failed'))), 'image/jpeg', quality),
  );
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;

function draw(context: Context2D, bitmap: ImageBitmap, width: number, height: number) {
  if (!context) throw new Error('no 2d canvas');
  // JPEG has no transparency: a PNG's transparent parts become white, not black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
}

const jpegName = (name: string) => `${name.replace(/\.[^.]+$/, '') || 'photo'}.jpg`;

/** The photo as a JPEG of at most targetBytes, or null when even the smallest readable size is larger. */
export async function shrinkToJpeg(file: File, targetBytes: number): Promise<File | null> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    for (const attempt of shrinkAttempts(bitmap.width, bitmap.height)) {
      const blob = await encode(bitmap, attempt);
      if (blob.size <= targetBytes) return new File([blob], jpegName(file.name), { type: 'image/jpeg' });
    }
    return null;
  } finally {
    bitmap.close();
  }
}
