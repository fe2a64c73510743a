import { SELF_PHOTO_MAX_BYTES } from '@beian/domain';
import { describe, expect, it, vi } from 'vitest';
import { type Decoded, type PhotoCodec, PhotoPreparationError, preparePhoto } from './prepare-photo.ts';

const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// An ISO media box `ftyp` with the HEIC brand, as an iPhone writes it.
const HEIC = [0, 0, 0, 24, ...Buffer.from('ftypheic'), 0, 0, 0, 0, ...Buffer.from('mif1heic')];

const fileOf = (head: number[], size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return new Blob([bytes]);
};

/** A codec whose JPEG size follows the pixels and the quality: bytes = width × height × quality × `density`. */
function fakeCodec(image: { width: number; height: number }, density = 1) {
  const decoded: Decoded = { ...image, close: vi.fn() };
  const codec: PhotoCodec = {
    decode: vi.fn(async () => decoded),
    decodeHeic: vi.fn(async () => decoded),
    // Only the size matters to the steps: a stand-in, not megabytes of zeros.
    encodeJpeg: vi.fn(
      async (_image: Decoded, { width, height, quality }: { width: number; height: number; quality: number }) =>
        ({ size: Math.round(width * height * quality * density) }) as Blob,
    ),
  };
  return { codec, decoded };
}

describe('preparePhoto', () => {
  it('sends a JPEG within 2 MB untouched', async () => {
    const file = fileOf(JPEG, 1_500_000);
    const { codec } = fakeCodec({ width: 4000, height: 3000 });
    const photo = await preparePhoto(file, codec);
    expect(photo).toMatchObject({ blob: file, originalBytes: 1_500_000, bytes: 1_500_000, converted: false });
    expect(codec.decode).not.toHaveBeenCalled();
  });

  it('shrinks a JPEG over 2 MB until it fits, capped at 2560 px on the long side first', async () => {
    const file = fileOf(JPEG, 6_000_000);
    const { codec, decoded } = fakeCodec({ width: 4000, height: 3000 }, 0.35);
    const photo = await preparePhoto(file, codec);
    expect(photo.converted).toBe(true);
    expect(photo.bytes).toBeLessThanOrEqual(SELF_PHOTO_MAX_BYTES);
    expect(photo.originalBytes).toBe(6_000_000);
    const first = vi.mocked(codec.encodeJpeg).mock.calls[0]?.[1];
    expect(first).toEqual({ width: 2560, height: 1920, quality: 0.85 });
    expect(decoded.close).toHaveBeenCalled();
  });

  it('converts a small PNG to JPEG even though it is within the size', async () => {
    const { codec } = fakeCodec({ width: 1000, height: 800 }, 0.5);
    const photo = await preparePhoto(fileOf(PNG, 300_000), codec);
    expect(photo).toMatchObject({ converted: true, originalType: 'image/png' });
    expect(codec.encodeJpeg).toHaveBeenCalledTimes(1);
  });

  it('decodes an iPhone HEIC photo with the HEIC decoder', async () => {
    const { codec } = fakeCodec({ width: 1000, height: 800 }, 0.5);
    const photo = await preparePhoto(fileOf(HEIC, 900_000), codec);
    expect(codec.decodeHeic).toHaveBeenCalled();
    expect(codec.decode).not.toHaveBeenCalled();
    expect(photo.originalType).toBe('image/heic');
  });

  it('refuses what is not a photo, and an image it cannot decode', async () => {
    const { codec } = fakeCodec({ width: 10, height: 10 });
    await expect(preparePhoto(fileOf([0x25, 0x50, 0x44, 0x46, 0x2d], 100), codec)).rejects.toMatchObject({
      reason: 'NOT_A_PHOTO',
    });
    vi.mocked(codec.decode).mockRejectedValueOnce(new Error('bad'));
    await expect(preparePhoto(fileOf(PNG, 100), codec)).rejects.toBeInstanceOf(PhotoPreparationError);
  });

  it('gives up rather than shrink a face below 800 px', async () => {
    const { codec, decoded } = fakeCodec({ width: 4000, height: 3000 }, 100);
    await expect(preparePhoto(fileOf(JPEG, 9_000_000), codec)).rejects.toMatchObject({
      reason: 'TOO_LARGE_AFTER_SHRINKING',
    });
    const sizes = vi.mocked(codec.encodeJpeg).mock.calls.map(([, a]) => Math.max(a.width, a.height));
    expect(Math.min(...sizes)).toBe(800);
    expect(decoded.close).toHaveBeenCalled();
  });
});
