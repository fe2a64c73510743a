// What to do with a file the applicant picked, decided before any byte is sent: upload it as it is, shrink a phone
// photo that is over the limit, or refuse it with a reason (HEIC, a type the slot does not take, too large, empty).
// Pure, so the decision is tested without a canvas; shrink-image.ts does the shrinking.

/** Types told from the first bytes, as the server does; a file's name and the browser's type can both be wrong. */
export type SniffedType = 'image/jpeg' | 'image/png' | 'application/pdf' | 'image/heic' | 'other';

/** Bytes read from the start of a file to decide its type. */
export const HEAD_BYTES = 64;

/** The long side a shrunk photo keeps at least, so that a certificate's small print stays readable. */
export const MIN_LONG_SIDE = 1600;

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);
const HEIC_EXTENSIONS = /\.(heic|heif|hif)$/i;
const HEIC_TYPES = /^image\/hei[cf](-sequence)?$/i;

const ascii = (head: Uint8Array, from: number, to: number) => String.fromCharCode(...head.subarray(from, to));

export function sniffType(head: Uint8Array): SniffedType {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => head[i] === byte)) return 'image/png';
  if (ascii(head, 0, 5) === '%PDF-') return 'application/pdf';
  if (ascii(head, 4, 8) === 'ftyp') {
    // The ISO box's major brand, then its compatible brands, up to the box's end.
    const boxEnd = Math.min(new DataView(head.buffer, head.byteOffset).getUint32(0), head.length);
    const brands = [ascii(head, 8, 12)];
    for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(head, at, at + 4));
    if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'image/heic';
  }
  return 'other';
}

export type PickedFile = { name: string; type: string; size: number };
export type SlotSpec = { accepts: readonly string[]; maxBytes: number };

export type RefusalReason = 'EMPTY' | 'HEIC' | 'TYPE' | 'TOO_LARGE';

export type UploadPlan =
  | { action: 'upload' }
  /** Re-encode as JPEG until it is at most targetBytes, never shrinking the long side below MIN_LONG_SIDE. */
  | { action: 'shrink'; targetBytes: number }
  | { action: 'refuse'; reason: RefusalReason };

/** A HEIC photo by any sign: its name, the type the browser gave it, or its bytes. */
export function isHeic(file: PickedFile, head: Uint8Array): boolean {
  return HEIC_EXTENSIONS.test(file.name) || HEIC_TYPES.test(file.type) || sniffType(head) === 'image/heic';
}

// Room under the limit for a shrunk photo: encoders land a little above or below the size they are steered to.
const SHRINK_TARGET = 0.9;

export function planUpload(file: PickedFile, head: Uint8Array, spec: SlotSpec): UploadPlan {
  if (file.size === 0) return { action: 'refuse', reason: 'EMPTY' };
  if (isHeic(file, head)) return { action: 'refuse', reason: 'HEIC' };
  const type = sniffType(head);
  if (type === 'other' || !spec.accepts.includes(type)) return { action: 'refuse', reason: 'TYPE' };
  if (file.size <= spec.maxBytes) return { action: 'upload' };
  // Only photos can be shrunk, and only into JPEG: a PDF or a slot without JPEG is refused as too large.
  const photo = type === 'image/jpeg' || type === 'image/png';
  if (photo && spec.accepts.includes('image/jpeg')) {
    return { action: 'shrink', targetBytes: Math.floor(spec.maxBytes * SHRINK_TARGET) };
  }
  return { action: 'refuse', reason: 'TOO_LARGE' };
}

export type ShrinkAttempt = { width: number; height: number; quality: number };

const QUALITIES = [0.85, 0.7] as const;
const STEP = 0.75;

/**
 * The encodings to try, in order, until one is small enough: full size at a high then a lower quality, then each
 * smaller size the same way, down to MIN_LONG_SIDE (a photo already smaller keeps its size), ending at a low quality.
 */
export function shrinkAttempts(width: number, height: number): ShrinkAttempt[] {
  const long = Math.max(width, height);
  const sides: number[] = [long];
  for (let side = long; side > MIN_LONG_SIDE; ) {
    side = Math.max(MIN_LONG_SIDE, Math.round(side * STEP));
    sides.push(side);
  }
  const scaled = (side: number) => ({
    width: Math.max(1, Math.round((width * side) / long)),
    height: Math.max(1, Math.round((height * side) / long)),
  });
  const attempts: ShrinkAttempt[] = sides.flatMap((side) => QUALITIES.map((quality) => ({ ...scaled(side), quality })));
  attempts.push({ ...scaled(sides.at(-1) ?? long), quality: 0.55 });
  return attempts;
}
