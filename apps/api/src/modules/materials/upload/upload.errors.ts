// Why an upload was refused, as a typed error with a stable code (each also in @beian/contracts' ERROR_CODES): the
// upload service turns it into an AppError with the same code, status and detail.
import type { UnreadableImage } from '@beian/domain';

export const MATERIAL_UPLOAD_ERRORS = {
  MATERIAL_EMPTY: 400,
  MATERIAL_UPLOAD_ABORTED: 400,
  MATERIAL_TOO_LARGE: 413,
  MATERIAL_TYPE_NOT_ALLOWED: 415,
  MATERIAL_HEIC_NOT_SUPPORTED: 415,
  MATERIAL_IMAGE_TOO_LARGE: 422,
  MATERIAL_IMAGE_TOO_SMALL: 422,
  MATERIAL_IMAGE_CORRUPT: 422,
  MATERIAL_PDF_CORRUPT: 422,
  MATERIAL_SHEET_UNSIGNED: 422,
} as const;
export type MaterialUploadErrorCode = keyof typeof MATERIAL_UPLOAD_ERRORS;

export class MaterialUploadError extends Error {
  readonly status: number;

  constructor(
    readonly code: MaterialUploadErrorCode,
    detail: string,
    /** The type found in the bytes, for MATERIAL_TYPE_NOT_ALLOWED and MATERIAL_HEIC_NOT_SUPPORTED. */
    readonly detectedType?: string,
  ) {
    super(detail);
    this.name = 'MaterialUploadError';
    this.status = MATERIAL_UPLOAD_ERRORS[code];
  }
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export const uploadErrors = {
  empty: () => new MaterialUploadError('MATERIAL_EMPTY', 'The file is empty. Choose the file again and upload it.'),
  aborted: () =>
    new MaterialUploadError('MATERIAL_UPLOAD_ABORTED', 'The upload stopped before the whole file arrived. Try again.'),
  tooLarge: (maxBytes: number) =>
    new MaterialUploadError(
      'MATERIAL_TOO_LARGE',
      `The file is larger than ${megabytes(maxBytes)}, the limit for this material.`,
    ),
  typeNotAllowed: (found: string, description: string, accepted: readonly string[]) =>
    new MaterialUploadError(
      'MATERIAL_TYPE_NOT_ALLOWED',
      `The file is ${description} (${found}), whatever its name says; this material takes ${accepted.join(', ')}.`,
      found,
    ),
  heic: (found: string) =>
    new MaterialUploadError(
      'MATERIAL_HEIC_NOT_SUPPORTED',
      'The file is a HEIC/HEIF photo, which is not accepted. On an iPhone set Settings > Camera > Formats to ' +
        '"Most Compatible" and take the photo again, or export it as JPEG (for example from Photos on a Mac: ' +
        'File > Export), then upload the JPEG.',
      found,
    ),
  imageTooLarge: (maxPixels: number) =>
    new MaterialUploadError(
      'MATERIAL_IMAGE_TOO_LARGE',
      `The image has more than ${Math.round(maxPixels / 1_000_000)} million pixels. Save it at a smaller size and upload it again.`,
    ),
  imageTooSmall: (found: UnreadableImage, image: { bytes: number; width: number; height: number }) =>
    new MaterialUploadError(
      'MATERIAL_IMAGE_TOO_SMALL',
      `${
        found.reason === 'FEW_PIXELS'
          ? `The image is ${image.width} × ${image.height} pixels; an ID or certificate image needs at least ${found.floor.shortSide} pixels on its short side`
          : `The image is only ${kilobytes(image.bytes)}; an ID or certificate image of under ${kilobytes(found.floor.bytes)} is compressed past reading`
      }, so its text cannot be read. Photograph the original closer up or scan it at a higher resolution, and upload that file itself, not a thumbnail or a screenshot.`,
    ),
  imageCorrupt: () =>
    new MaterialUploadError('MATERIAL_IMAGE_CORRUPT', 'The image is damaged or incomplete and cannot be opened.'),
  sheetUnsigned: () =>
    new MaterialUploadError(
      'MATERIAL_SHEET_UNSIGNED',
      'This is the verification sheet as the console generated it, before anyone signed it. Print it, sign it as ' +
        'its instructions say, then upload a scan or photo of the signed sheet.',
    ),
  pdfCorrupt: () =>
    new MaterialUploadError(
      'MATERIAL_PDF_CORRUPT',
      'The PDF is incomplete: its end is missing. Save it again and upload it.',
    ),
};
