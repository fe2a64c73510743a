import { createHash } from 'node:crypto';
import { MATERIAL_KIND_SPECS, MATERIAL_KINDS, type MaterialKind } from '@beian/domain';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { knownSha256 } from '../../../infra/known-payload-hash.ts';
import { sheetInput } from '../verification-sheet/verification-sheet.fixture.ts';
import { renderVerificationSheet } from '../verification-sheet/verification-sheet.render.ts';
import { MaterialUploadError } from './upload.errors.ts';
import { heicHeader, html, jpegDeclaring, pdf, photo, pngDeclaring, svg } from './upload.fixtures.ts';
import { inspectUpload } from './upload.inspect.ts';
import { abortedHalfWay, arriving, counted, drain } from './upload.streams.ts';

const jpeg = await photo('jpeg', 1200, 900);
const png = await photo('png', 900, 600);
const aPdf = await pdf();
const jpegBomb = await jpegDeclaring(20_000, 20_000);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Runs an upload to the end the way the route will: the body drains into "S3" while the result is awaited. */
async function upload(kind: MaterialKind, bytes: Buffer, chunkSize?: number) {
  const source = counted(arriving(bytes, chunkSize));
  const { body, result } = inspectUpload(source.source, { kind });
  const [stored, inspection] = await Promise.all([
    drain(body),
    result.then(
      (value) => ({ value }),
      (error) => ({ error }),
    ),
  ]);
  return { stored, inspection, read: source.read() };
}

async function refusal(kind: MaterialKind, bytes: Buffer) {
  const { stored, inspection, read } = await upload(kind, bytes);
  if (!('error' in inspection)) throw new Error(`expected a refusal, got ${JSON.stringify(inspection.value)}`);
  expect(inspection.error).toBeInstanceOf(MaterialUploadError);
  // The refusal reaches the S3 side as a stream error, so no object is completed.
  expect(stored.error).toBe(inspection.error);
  return { error: inspection.error as MaterialUploadError, stored, read };
}

describe('inspectUpload accepts', () => {
  it('a JPEG photo, recording its type, size, dimensions and SHA-256, and passing every byte on unchanged', async () => {
    const { stored, inspection } = await upload('SUBJECT_PRINCIPAL_ID_FRONT', jpeg, 1000);
    expect(inspection).toEqual({
      value: { contentType: 'image/jpeg', bytes: jpeg.length, sha256: sha256(jpeg), width: 1200, height: 900 },
    });
    expect(stored).toMatchObject({ bytes: jpeg.length, sha256: sha256(jpeg) });
  });

  it('an image, passed on in one piece once decoded (the buffer the decode read), a PDF as it arrives', async () => {
    const image = await upload('HANDHELD_CERT_PHOTO', png, 1000);
    expect(image.stored).toEqual({ bytes: png.length, sha256: sha256(png), chunks: 1 });
    const longPdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64 * 1024, 0x20), Buffer.from('%%EOF\n')]);
    const scan = await upload('VERIFICATION_SHEET', longPdf, 1000);
    expect(scan.stored.chunks).toBeGreaterThan(1);
    expect(scan.stored.sha256).toBe(sha256(longPdf));
  });

  it('an image passed on with its SHA-256 remembered, so the S3 upload signs it without hashing it again', async () => {
    const pieces = async (kind: MaterialKind, bytes: Buffer) => {
      const { body, result } = inspectUpload(arriving(bytes, 1000), { kind });
      const passed: Buffer[] = [];
      for await (const piece of body) passed.push(piece as Buffer);
      return { remembered: passed.map(knownSha256), sha256: (await result).sha256 };
    };
    const image = await pieces('HANDHELD_CERT_PHOTO', png);
    expect(image.remembered).toEqual([sha256(png)]);
    expect(image.sha256).toBe(sha256(png));
    // A PDF passes on as it arrives, in pieces the client hashes itself (it sends them as parts).
    const scan = await pieces('VERIFICATION_SHEET', aPdf);
    expect(scan.remembered.length).toBeGreaterThan(0);
    expect(scan.remembered.every((hash) => hash === undefined)).toBe(true);
  });

  it('a phone photo stored sideways, recording the dimensions as the photo is seen', async () => {
    const sideways = await sharp(jpeg).withMetadata({ orientation: 6 }).toBuffer();
    const { inspection } = await upload('HANDHELD_CERT_PHOTO', sideways);
    expect(inspection).toMatchObject({ value: { width: 900, height: 1200 } });
  });

  it('a PDF scan, with no dimensions', async () => {
    const { inspection } = await upload('VERIFICATION_SHEET', aPdf);
    expect(inspection).toEqual({ value: { contentType: 'application/pdf', bytes: aPdf.length, sha256: sha256(aPdf) } });
  });

  it('a file smaller than the sniffing window, decided when it ends', async () => {
    const tiny = await photo('png', 1, 1);
    expect(tiny.length).toBeLessThan(4096);
    const { inspection } = await upload('PRE_APPROVAL', tiny);
    expect(inspection).toMatchObject({ value: { contentType: 'image/png', width: 1, height: 1 } });
  });

  const samples = { 'image/jpeg': jpeg, 'image/png': png, 'application/pdf': aPdf } as const;
  const everyAccepted = MATERIAL_KINDS.flatMap((kind) =>
    MATERIAL_KIND_SPECS[kind].accepts.map((contentType) => ({ kind, contentType })),
  );
  it.each(everyAccepted)('$contentType for $kind', async ({ kind, contentType }) => {
    const { inspection } = await upload(kind, samples[contentType]);
    expect(inspection).toMatchObject({ value: { contentType } });
  });
});

describe('inspectUpload refuses', () => {
  it("the console's unsigned sheet where the signed one goes, its document id found across chunk boundaries", async () => {
    const sheet = Buffer.from(await renderVerificationSheet(sheetInput()));
    for (const chunkSize of [7, 4096]) {
      const { inspection, stored } = await upload('VERIFICATION_SHEET', sheet, chunkSize);
      expect(inspection).toMatchObject({ error: { code: 'MATERIAL_SHEET_UNSIGNED', status: 422 } });
      expect(stored.error).toBeDefined();
    }
  });

  it('a PNG named photo.jpg where only JPEG is taken: the bytes decide, and the message names the PNG', async () => {
    const { error, stored } = await refusal('CURTAIN_PHOTO', png);
    expect(stored.bytes).toBe(0);
    expect(error).toMatchObject({ code: 'MATERIAL_TYPE_NOT_ALLOWED', status: 415, detectedType: 'image/png' });
    expect(error.message).toContain('a PNG image (image/png)');
  });

  it.each([
    ['an HTML page named .jpg', html, 'text/html'],
    ['an SVG image named .png', svg, 'image/svg+xml'],
    ['a PDF for an ID card', aPdf, 'application/pdf'],
  ] as const)('%s, of which no byte reaches storage', async (_name, bytes, detectedType) => {
    const { error, stored } = await refusal('SUBJECT_PRINCIPAL_ID_FRONT', bytes);
    expect(error).toMatchObject({ code: 'MATERIAL_TYPE_NOT_ALLOWED', detectedType });
    expect(stored.bytes).toBe(0);
  });

  it('a HEIC photo, saying how to get a JPEG instead', async () => {
    const { error } = await refusal('HANDHELD_CERT_PHOTO', heicHeader());
    expect(error).toMatchObject({ code: 'MATERIAL_HEIC_NOT_SUPPORTED', status: 415, detectedType: 'image/heic' });
    expect(error.message).toMatch(/Most Compatible.*JPEG/s);
  });

  it('a truncated JPEG, of which no byte reaches storage', async () => {
    const cut = jpeg.subarray(0, Math.floor(jpeg.length * 0.7));
    const { error, stored } = await refusal('SUBJECT_CERT_FRONT', cut);
    expect(error).toMatchObject({ code: 'MATERIAL_IMAGE_CORRUPT', status: 422 });
    expect(stored.bytes).toBe(0);
  });

  it('a truncated PNG', async () => {
    const big = await photo('png', 600, 400);
    const cut = big.subarray(0, Math.floor(big.length * 0.7));
    expect((await refusal('SUBJECT_CERT_FRONT', cut)).error).toMatchObject({ code: 'MATERIAL_IMAGE_CORRUPT' });
  });

  it('a JPEG missing only its last rows: every pixel is decoded, not just the header', async () => {
    const cut = jpeg.subarray(0, jpeg.length - 2048);
    expect((await refusal('SUBJECT_CERT_FRONT', cut)).error).toMatchObject({ code: 'MATERIAL_IMAGE_CORRUPT' });
  });

  it('a PDF whose end is missing', async () => {
    const cut = aPdf.subarray(0, aPdf.length - 40);
    expect((await refusal('VERIFICATION_SHEET', cut)).error).toMatchObject({ code: 'MATERIAL_PDF_CORRUPT' });
  });

  it('a 6 MB file where 5 MB is the limit, without reading the rest', async () => {
    const big = Buffer.concat([jpeg, Buffer.alloc(6 * 1024 * 1024 - jpeg.length, 1)]);
    const { error, read } = await refusal('SUBJECT_CERT_FRONT', big);
    expect(error).toMatchObject({ code: 'MATERIAL_TOO_LARGE', status: 413 });
    expect(error.message).toContain('5 MB');
    expect(read).toBeLessThan(5.5 * 1024 * 1024);
  });

  it.each([
    ['PNG', pngDeclaring(20_000, 20_000)],
    ['JPEG', jpegBomb],
  ])('a %s declaring 20000 × 20000 pixels (a decompression bomb)', async (_format, bytes) => {
    expect(bytes.length).toBeLessThan(2000);
    const { error } = await refusal('SUBJECT_CERT_FRONT', bytes);
    expect(error).toMatchObject({ code: 'MATERIAL_IMAGE_TOO_LARGE', status: 422 });
  });

  it('an empty file', async () => {
    expect((await refusal('SUBJECT_CERT_FRONT', Buffer.alloc(0))).error).toMatchObject({
      code: 'MATERIAL_EMPTY',
      status: 400,
    });
  });

  it('an upload whose connection drops half way, failing the S3 side too', async () => {
    const { body, result } = inspectUpload(abortedHalfWay(jpeg), { kind: 'SUBJECT_CERT_FRONT' });
    expect((await drain(body)).error).toBeDefined();
    await expect(result).rejects.toMatchObject({ code: 'MATERIAL_UPLOAD_ABORTED' });
  });
});
