// What to do with a file the applicant picked, decided before any byte is sent: upload it as it is, shrink a phone
// photo that is over the limit, or refuse it with a reason (HEIC, a type the slot does not take, too large, empty, or
// an ID image of a few KB: the server decodes the rest and has the last word on what is too small to read).
// Pure, so the decision is tested without a canvas; shrink-image.ts does the shrinking.
import type { ReadableImageFloor } from '@beian/domain';
import { sniffType } from '../../../../lib/images/sniff-type.ts';

const HEIC_EXTENSIONS = /\.(heic|heif|hif)$/i;
const HEIC_TYPES = /^image\/hei[cf](-sequence)?$/i;

export type PickedFile = { name: string; type: string; size: number };
/** `readable`: the kind's floor for a readable image (MATERIAL_KIND_SPECS in @beian/domain), where it has one. */
export type SlotSpec = { accepts: readonly string[]; maxBytes: number; readable?: ReadableImageFloor };

export type RefusalReason = 'EMPTY' | 'HEIC' | 'TYPE' | 'TOO_LARGE' | 'TOO_SMALL';

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
  const photo = type === 'image/jpeg' || type === 'image/png';
  if (photo && spec.readable && file.size < spec.readable.bytes) return { action: 'refuse', reason: 'TOO_SMALL' };
  if (file.size <= spec.maxBytes) return { action: 'upload' };
  // Only photos can be shrunk, and only into JPEG: a PDF or a slot without JPEG is refused as too large.
  if (photo && spec.accepts.includes('image/jpeg')) {
    return { action: 'shrink', targetBytes: Math.floor(spec.maxBytes * SHRINK_TARGET) };
  }
  return { action: 'refuse', reason: 'TOO_LARGE' };
}
