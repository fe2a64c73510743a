// Turns whatever photo the person chose into what the server takes: a JPEG of at most 2 MB. A JPEG already within
// the limit is sent untouched (no re-encoding, nothing lost); anything else (PNG, an iPhone's HEIC, a large JPEG)
// is decoded upright and re-encoded as JPEG, smaller step by step until it fits. The codec is injected so the steps
// are tested without a browser's image decoder.
import { SELF_PHOTO_MAX_BYTES } from '@beian/domain';
import { type ShrinkAttempt, shrinkAttempts } from '../../lib/images/shrink-attempts.ts';
import { headOf, type SniffedType, sniffType } from '../../lib/images/sniff-type.ts';

export type PreparedPhoto = {
  /** The JPEG to upload. */
  blob: Blob;
  /** The size of the file as chosen. */
  originalBytes: number;
  /** The size that will be uploaded. */
  bytes: number;
  /** Whether the page converted or shrank it. */
  converted: boolean;
  /** The chosen file's type by its content. */
  originalType: SniffedType;
};

/** A decoded image the codec can encode again at another size. */
export type Decoded = { width: number; height: number; close: () => void };

export interface PhotoCodec {
  /** Decodes a browser-readable image (JPEG, PNG), upright by its EXIF orientation. */
  decode(file: Blob): Promise<Decoded>;
  /** Decodes an iPhone HEIC/HEIF photo. */
  decodeHeic(file: Blob): Promise<Decoded>;
  encodeJpeg(image: Decoded, attempt: ShrinkAttempt): Promise<Blob>;
}

export type PreparationFailure = 'NOT_A_PHOTO' | 'UNREADABLE' | 'TOO_LARGE_AFTER_SHRINKING';

export class PhotoPreparationError extends Error {
  constructor(readonly reason: PreparationFailure) {
    super(reason);
    this.name = 'PhotoPreparationError';
  }
}

/** Plenty for a face and a curtain's wording; most phone photos then fit at the first try. */
export const PHOTO_MAX_LONG_SIDE = 2560;
/** Below this a face is no longer clear: give up rather than send mush. */
export const PHOTO_MIN_LONG_SIDE = 800;

export async function preparePhoto(
  file: Blob,
  codec: PhotoCodec,
  maxBytes: number = SELF_PHOTO_MAX_BYTES,
): Promise<PreparedPhoto> {
  const type = sniffType(await headOf(file));
  if (type !== 'image/jpeg' && type !== 'image/png' && type !== 'image/heic') {
    throw new PhotoPreparationError('NOT_A_PHOTO');
  }
  const prepared = (blob: Blob, converted: boolean): PreparedPhoto => ({
    blob,
    originalBytes: file.size,
    bytes: blob.size,
    converted,
    originalType: type,
  });
  if (type === 'image/jpeg' && file.size <= maxBytes) return prepared(file, false);
  let image: Decoded;
  try {
    image = type === 'image/heic' ? await codec.decodeHeic(file) : await codec.decode(file);
  } catch {
    throw new PhotoPreparationError('UNREADABLE');
  }
  try {
    const attempts = shrinkAttempts(image.width, image.height, {
      minLongSide: PHOTO_MIN_LONG_SIDE,
      maxLongSide: PHOTO_MAX_LONG_SIDE,
    });
    for (const attempt of attempts) {
      const blob = await codec.encodeJpeg(image, attempt);
      if (blob.size <= maxBytes) return prepared(blob, true);
    }
    throw new PhotoPreparationError('TOO_LARGE_AFTER_SHRINKING');
  } finally {
    image.close();
  }
}
