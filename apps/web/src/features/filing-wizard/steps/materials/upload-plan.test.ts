// Which picked files are uploaded as they are, which phone photos are shrunk (and to what), and which are refused
// before a byte is sent: HEIC by any sign, types the slot does not take, and what cannot be made small enough.
import { MATERIAL_KIND_SPECS } from '@beian/domain';
import { describe, expect, it } from 'vitest';
import { MIN_LONG_SIDE, shrinkAttempts } from '../../../../lib/images/shrink-attempts.ts';
import { sniffType } from '../../../../lib/images/sniff-type.ts';
import { planUpload } from './upload-plan.ts';

const MB = 1024 * 1024;
const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array(64 - values.length).fill(0)]);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const PDF = bytes(...ascii('%PDF-1.7'));
// An iPhone photo: an ISO box "ftyp" of 24 bytes, major brand heic, compatible mif1 and heic.
const HEIC = bytes(0, 0, 0, 24, ...ascii('ftypheic'), 0, 0, 0, 0, ...ascii('mif1heic'));
const GIF = bytes(...ascii('GIF89a'));

const photoSlot = MATERIAL_KIND_SPECS.SUBJECT_PRINCIPAL_ID_FRONT; // JPEG or PNG, 5 MB
const sheetSlot = MATERIAL_KIND_SPECS.VERIFICATION_SHEET; // JPEG, PNG or PDF, 10 MB
const file = (name: string, size: number, type = '') => ({ name, size, type });

describe('sniffType', () => {
  it('tells JPEG, PNG, PDF and HEIC from their first bytes', () => {
    expect([JPEG, PNG, PDF, HEIC, GIF].map(sniffType)).toEqual([
      'image/jpeg',
      'image/png',
      'application/pdf',
      'image/heic',
      'other',
    ]);
  });
});

describe('planUpload', () => {
  it.each([
    ['a JPEG within the limit', file('id.jpg', 2 * MB, 'image/jpeg'), JPEG, photoSlot, { action: 'upload' }],
    ['a PDF scan of the sheet', file('sheet.pdf', 3 * MB, 'application/pdf'), PDF, sheetSlot, { action: 'upload' }],
    ['a file exactly at the limit', file('id.png', 5 * MB, 'image/png'), PNG, photoSlot, { action: 'upload' }],
  ])('uploads %s as it is', (_, picked, head, spec, plan) => {
    expect(planUpload(picked, head, spec)).toEqual(plan);
  });

  it('shrinks a phone photo over the limit to 90% of it, JPEG or PNG alike, where the slot takes JPEG', () => {
    const target = Math.floor(5 * MB * 0.9);
    expect(planUpload(file('IMG_2044.JPG', 5.8 * MB, 'image/jpeg'), JPEG, photoSlot)).toEqual({
      action: 'shrink',
      targetBytes: target,
    });
    expect(planUpload(file('screenshot.png', 9 * MB, 'image/png'), PNG, photoSlot)).toEqual({
      action: 'shrink',
      targetBytes: target,
    });
    expect(planUpload(file('sheet.jpg', 12 * MB, 'image/jpeg'), JPEG, sheetSlot)).toEqual({
      action: 'shrink',
      targetBytes: Math.floor(10 * MB * 0.9),
    });
  });

  it('refuses a PDF over the limit, which cannot be shrunk here', () => {
    expect(planUpload(file('sheet.pdf', 11 * MB, 'application/pdf'), PDF, sheetSlot)).toEqual({
      action: 'refuse',
      reason: 'TOO_LARGE',
    });
  });

  it('refuses HEIC by its name, by its type or by its bytes alone', () => {
    const heic = { action: 'refuse', reason: 'HEIC' };
    expect(planUpload(file('IMG_0001.HEIC', MB), JPEG, photoSlot)).toEqual(heic);
    expect(planUpload(file('photo', MB, 'image/heif'), JPEG, photoSlot)).toEqual(heic);
    expect(planUpload(file('renamed.jpg', MB, 'image/jpeg'), HEIC, photoSlot)).toEqual(heic);
  });

  it('refuses types the slot does not take, whatever the name says, and empty files', () => {
    expect(planUpload(file('id.pdf', MB, 'application/pdf'), PDF, photoSlot)).toEqual({
      action: 'refuse',
      reason: 'TYPE',
    });
    expect(planUpload(file('id.jpg', MB, 'image/jpeg'), GIF, photoSlot)).toEqual({ action: 'refuse', reason: 'TYPE' });
    expect(planUpload(file('id.jpg', 0, 'image/jpeg'), JPEG, photoSlot)).toEqual({ action: 'refuse', reason: 'EMPTY' });
  });

  it('refuses an ID or certificate image of a few KB, too small to read, but not a sheet or a PDF', () => {
    const tooSmall = { action: 'refuse', reason: 'TOO_SMALL' };
    expect(planUpload(file('thumb.jpg', 9 * 1024, 'image/jpeg'), JPEG, photoSlot)).toEqual(tooSmall);
    const certificate = MATERIAL_KIND_SPECS.SUBJECT_CERT_COMBINED;
    expect(planUpload(file('licence.png', 4000, 'image/png'), PNG, certificate)).toEqual(tooSmall);
    expect(planUpload(file('licence.pdf', 4000, 'application/pdf'), PDF, certificate)).toEqual({ action: 'upload' });
    expect(planUpload(file('sheet.jpg', 4000, 'image/jpeg'), JPEG, sheetSlot)).toEqual({ action: 'upload' });
    expect(planUpload(file('id.jpg', 10 * 1024, 'image/jpeg'), JPEG, photoSlot)).toEqual({ action: 'upload' });
  });
});

describe('shrinkAttempts', () => {
  it('starts at full size, lowers the quality, then the size, and never goes below the readable long side', () => {
    const attempts = shrinkAttempts(4032, 3024);
    expect(attempts[0]).toEqual({ width: 4032, height: 3024, quality: 0.85 });
    expect(attempts[1]).toEqual({ width: 4032, height: 3024, quality: 0.7 });
    const longSides = attempts.map((a) => Math.max(a.width, a.height));
    expect(Math.min(...longSides)).toBe(MIN_LONG_SIDE);
    expect(longSides).toEqual([...longSides].sort((a, b) => b - a));
    expect(attempts.at(-1)).toEqual({ width: 1600, height: 1200, quality: 0.55 });
    for (const a of attempts) expect(a.width / a.height).toBeCloseTo(4032 / 3024, 2);
  });

  it('keeps a portrait photo upright and a small photo at its own size', () => {
    expect(shrinkAttempts(3024, 4032).at(-1)).toEqual({ width: 1200, height: 1600, quality: 0.55 });
    expect(shrinkAttempts(1200, 900).map((a) => [a.width, a.height])).toEqual([
      [1200, 900],
      [1200, 900],
      [1200, 900],
    ]);
  });
});
