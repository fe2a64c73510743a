// Inspects a material upload while it streams through to storage: size limit, SHA-256, type by magic bytes, and an
// image decode or a PDF end check (and where the signed sheet goes, a look for the console's unsigned one), with no S3
// or database inside. The route hands `body` to the S3 upload and awaits `result`. A PDF passes on as it arrives and
// is never held whole. An image is held, since it must be decoded whole before it is accepted: its bytes are gathered
// into one buffer, decoded from it, and only then passed on as that one buffer, so the S3 upload stores them without
// another copy and no byte of a refused image reaches storage. Nothing is written to disk.
import { createHash } from 'node:crypto';
import { pipeline, type Readable, Transform, type TransformCallback } from 'node:stream';
import {
  acceptsContentType,
  MATERIAL_KIND_SPECS,
  type MaterialContentType,
  type MaterialKind,
  unreadableImage,
} from '@beian/domain';
import { withKnownSha256 } from '../../../infra/known-payload-hash.ts';
import { SHEET_ID_MARKERS } from '../verification-sheet/verification-sheet.id.ts';
import { MaterialUploadError, uploadErrors } from './upload.errors.ts';
import { createImageProbe, type ImageProbe, MAX_IMAGE_PIXELS } from './upload.image-probe.ts';
import { createMarkerScan, type MarkerScan } from './upload.marker-scan.ts';
import { createPdfTail, type PdfTail } from './upload.pdf-tail.ts';
import { SNIFF_BYTES, sniffContentType } from './upload.sniff.ts';

export interface InspectOptions {
  readonly kind: MaterialKind;
  /** The kind's limit unless given (a test, or an admin setting later). */
  readonly maxBytes?: number;
  readonly maxPixels?: number;
}

export interface InspectionResult {
  readonly contentType: MaterialContentType;
  readonly bytes: number;
  /** Hex SHA-256 of the exact bytes stored. */
  readonly sha256: string;
  readonly width?: number;
  readonly height?: number;
}

export interface InspectedUpload {
  /**
   * The same bytes, passed on only once checked (a PDF as it arrives, an image in one buffer after its decode);
   * errors with the refusal, so the S3 upload fails too.
   */
  readonly body: Readable;
  /** Resolves just before `body` ends; rejects with a MaterialUploadError on any refusal or abort. */
  readonly result: Promise<InspectionResult>;
}

export function inspectUpload(source: Readable, options: InspectOptions): InspectedUpload {
  const accepts = MATERIAL_KIND_SPECS[options.kind].accepts;
  const maxBytes = options.maxBytes ?? MATERIAL_KIND_SPECS[options.kind].maxBytes;
  const hash = createHash('sha256');
  let bytes = 0;
  let head: Buffer[] = [];
  let contentType: MaterialContentType | undefined;
  let image: ImageProbe | undefined;
  let pdf: PdfTail | undefined;
  /** Only where the signed sheet goes: the console's own, unsigned sheet carries its document id. */
  let consoleSheet: MarkerScan | undefined;
  let settle: { resolve: (r: InspectionResult) => void; reject: (e: MaterialUploadError) => void } | undefined;
  const result = new Promise<InspectionResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // The route may await the S3 upload first; the rejection is still delivered to whoever awaits `result`.
  result.catch(() => {});

  // Decides the type from the held first bytes, then lets them (and every later chunk) through.
  function decide(stream: Transform): MaterialContentType {
    const held = Buffer.concat(head);
    head = [];
    const found = sniffContentType(held);
    if (found.mime === 'image/heic' || found.mime === 'image/heif') throw uploadErrors.heic(found.mime);
    if (!acceptsContentType(options.kind, found.mime))
      throw uploadErrors.typeNotAllowed(found.mime, found.description, accepts);
    contentType = found.mime;
    if (contentType === 'application/pdf') {
      pdf = createPdfTail();
      if (options.kind === 'VERIFICATION_SHEET') consoleSheet = createMarkerScan(SHEET_ID_MARKERS);
    } else image = createImageProbe(options.maxPixels ?? MAX_IMAGE_PIXELS);
    pass(stream, held);
    return found.mime;
  }

  function pass(stream: Transform, chunk: Buffer): void {
    if (image) {
      // Held for the decode, and passed on in one piece after it (finish).
      image.write(chunk);
      return;
    }
    pdf?.push(chunk);
    consoleSheet?.push(chunk);
    stream.push(chunk);
  }

  async function finish(stream: Transform): Promise<InspectionResult> {
    if (bytes === 0) throw uploadErrors.empty();
    const type = contentType ?? decide(stream);
    if (pdf && !pdf.isComplete()) throw uploadErrors.pdfCorrupt();
    if (consoleSheet?.found()) throw uploadErrors.sheetUnsigned();
    if (!image) return { contentType: type, bytes, sha256: hash.digest('hex') };
    const decoded = await image.finish(type === 'image/png' ? 'png' : 'jpeg');
    const size = { width: decoded.width, height: decoded.height };
    // By the decoded picture, upright, never by what the file claims: an ID or certificate must be readable.
    const unreadable = unreadableImage(options.kind, { bytes, ...size });
    if (unreadable) throw uploadErrors.imageTooSmall(unreadable, { bytes, ...size });
    const sha256 = hash.digest('hex');
    // The same bytes that were hashed: the S3 upload signs them with this hash rather than computing it again.
    stream.push(withKnownSha256(decoded.bytes, sha256));
    return { contentType: type, bytes, sha256, ...size };
  }

  const inspector = new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      try {
        bytes += chunk.length;
        if (bytes > maxBytes) throw uploadErrors.tooLarge(maxBytes);
        hash.update(chunk);
        if (contentType !== undefined) pass(this, chunk);
        else {
          head.push(chunk);
          if (bytes >= SNIFF_BYTES) decide(this);
        }
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done: TransformCallback) {
      finish(this).then(
        (inspection) => {
          settle?.resolve(inspection);
          done();
        },
        (error: Error) => done(error),
      );
    },
  });
  // A refusal destroys `body` with the error; until the S3 upload reads it, nobody else listens, and an unheard
  // 'error' would crash the process.
  inspector.on('error', () => {});

  pipeline(source, inspector, (error) => {
    if (!error) return;
    image?.abort();
    settle?.reject(error instanceof MaterialUploadError ? error : uploadErrors.aborted());
  });
  return { body: inspector, result };
}
