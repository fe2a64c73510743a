// The kinds of material an applicant uploads, with the content types and size each accepts; the API enforces these
// against the bytes it receives and the web app shows them beside each upload.
import { SELF_PHOTO_MAX_BYTES } from '../state-machine/photo-guard.ts';

export const MATERIAL_KINDS = [
  'SUBJECT_CERT_FRONT',
  'SUBJECT_CERT_BACK',
  'SUBJECT_CERT_COMBINED',
  'SUBJECT_PRINCIPAL_ID_FRONT',
  'SUBJECT_PRINCIPAL_ID_BACK',
  'SUBJECT_PRINCIPAL_ID_COMBINED',
  'WEBSITE_PRINCIPAL_ID_FRONT',
  'WEBSITE_PRINCIPAL_ID_BACK',
  'WEBSITE_PRINCIPAL_ID_COMBINED',
  'VERIFICATION_SHEET',
  'HANDHELD_CERT_PHOTO',
  'PRE_APPROVAL',
  'CURTAIN_PHOTO',
] as const;

/** The principal's ID images (subject's and website's), which the operator and the second review compare with the person. */
export const PRINCIPAL_ID_KINDS = [
  'SUBJECT_PRINCIPAL_ID_FRONT',
  'SUBJECT_PRINCIPAL_ID_BACK',
  'SUBJECT_PRINCIPAL_ID_COMBINED',
  'WEBSITE_PRINCIPAL_ID_FRONT',
  'WEBSITE_PRINCIPAL_ID_BACK',
  'WEBSITE_PRINCIPAL_ID_COMBINED',
] as const satisfies readonly MaterialKind[];
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** Documents uploaded as front and back, or as one combined image: `<document>_FRONT`, `_BACK`, `_COMBINED`. */
export const TWO_SIDED_DOCUMENTS = ['SUBJECT_CERT', 'SUBJECT_PRINCIPAL_ID', 'WEBSITE_PRINCIPAL_ID'] as const;
export type TwoSidedDocument = (typeof TWO_SIDED_DOCUMENTS)[number];

/** Content types as detected from the bytes (magic numbers), never from a file name or a request header. */
export const MATERIAL_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type MaterialContentType = (typeof MATERIAL_CONTENT_TYPES)[number];

const MB = 1024 * 1024;

/**
 * The least an image of a document must be for a reviewer and the bureau to read it (docs/design.md §5.4): 600 pixels
 * on its short side (an ID card's smallest print, the issuing authority and validity dates, stays legible at about
 * that width), and 10 KB. An image of 600 × 600 pixels or more in under 10 KB has under a quarter of a bit per pixel:
 * blocks where the text was, or a blank page; an honest photo or colour scan of a card at that size is tens of KB even
 * at the lowest JPEG quality a camera or scanner offers.
 */
export interface ReadableImageFloor {
  readonly shortSide: number;
  readonly bytes: number;
}
export const READABLE_IMAGE: ReadableImageFloor = { shortSide: 600, bytes: 10 * 1024 };

export interface MaterialKindSpec {
  readonly accepts: readonly MaterialContentType[];
  readonly maxBytes: number;
  /**
   * Images of this kind must show a document readably (certificates, ID images, the hand-held certificate photo); a
   * PDF is not measured.
   */
  readonly readable?: ReadableImageFloor;
  /** Items of this kind name a website (its filing number); the others belong to the filing as a whole. */
  readonly perWebsite: boolean;
}

const IMAGE = ['image/jpeg', 'image/png'] as const;
const IMAGE_OR_PDF = ['image/jpeg', 'image/png', 'application/pdf'] as const;

// Photos of cards and certificates: 5 MB holds a sharp phone photo. A scanned certificate may be a PDF, and so may
// the sheet (10 MB: a 300 dpi colour scan is about 1 MB a page, and a sheet for many websites runs to a few pages)
// and approval documents (20 MB: a licence with its annexes). An ID card is a photo: the reviewer zooms and rotates it.
const readable = READABLE_IMAGE;
const certificate: MaterialKindSpec = { accepts: IMAGE_OR_PDF, maxBytes: 5 * MB, readable, perWebsite: false };
const subjectId: MaterialKindSpec = { accepts: IMAGE, maxBytes: 5 * MB, readable, perWebsite: false };
const websiteId: MaterialKindSpec = { accepts: IMAGE, maxBytes: 5 * MB, readable, perWebsite: true };

export const MATERIAL_KIND_SPECS: Readonly<Record<MaterialKind, MaterialKindSpec>> = {
  SUBJECT_CERT_FRONT: certificate,
  SUBJECT_CERT_BACK: certificate,
  SUBJECT_CERT_COMBINED: certificate,
  SUBJECT_PRINCIPAL_ID_FRONT: subjectId,
  SUBJECT_PRINCIPAL_ID_BACK: subjectId,
  SUBJECT_PRINCIPAL_ID_COMBINED: subjectId,
  WEBSITE_PRINCIPAL_ID_FRONT: websiteId,
  WEBSITE_PRINCIPAL_ID_BACK: websiteId,
  WEBSITE_PRINCIPAL_ID_COMBINED: websiteId,
  VERIFICATION_SHEET: { accepts: IMAGE_OR_PDF, maxBytes: 10 * MB, perWebsite: false },
  // Per website because each website principal holds the certificate; websites that share the subject principal
  // share one photo, which then names no website. The card is only part of the picture, so a photo below the
  // document floor cannot show its print legibly (the floor is necessary, not enough: the reviewer judges the rest).
  HANDHELD_CERT_PHOTO: { accepts: IMAGE, maxBytes: 5 * MB, readable, perWebsite: true },
  PRE_APPROVAL: { accepts: IMAGE_OR_PDF, maxBytes: 20 * MB, perWebsite: true },
  // The self-taken verification photo goes to the bureau as it is: JPEG only, 2 MB.
  CURTAIN_PHOTO: { accepts: ['image/jpeg'], maxBytes: SELF_PHOTO_MAX_BYTES, perWebsite: false },
};

export const isMaterialKind = (value: string): value is MaterialKind =>
  (MATERIAL_KINDS as readonly string[]).includes(value);

export const acceptsContentType = (kind: MaterialKind, contentType: string): contentType is MaterialContentType =>
  (MATERIAL_KIND_SPECS[kind].accepts as readonly string[]).includes(contentType);

/** Why an image is too small to read: too few pixels on its short side, or too few bytes to hold legible text. */
export const UNREADABLE_IMAGE_REASONS = ['FEW_PIXELS', 'FEW_BYTES'] as const;

export type UnreadableImage = {
  readonly reason: (typeof UNREADABLE_IMAGE_REASONS)[number];
  readonly floor: ReadableImageFloor;
};

/**
 * Why an image is too small to read as this kind, or null. `width` and `height` are the decoded image's, upright;
 * the web app may ask with the bytes alone before sending, but only the server's decode decides.
 */
export function unreadableImage(
  kind: MaterialKind,
  image: { readonly bytes: number; readonly width?: number; readonly height?: number },
): UnreadableImage | null {
  const floor = MATERIAL_KIND_SPECS[kind].readable;
  if (!floor) return null;
  const { width, height } = image;
  if (width !== undefined && height !== undefined && Math.min(width, height) < floor.shortSide) {
    return { reason: 'FEW_PIXELS', floor };
  }
  return image.bytes < floor.bytes ? { reason: 'FEW_BYTES', floor } : null;
}
