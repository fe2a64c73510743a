import { describe, expect, it } from 'vitest';
import { checkSelfPhotoFile } from '../state-machine/photo-guard.ts';
import {
  acceptsContentType,
  isMaterialKind,
  MATERIAL_KIND_SPECS,
  MATERIAL_KINDS,
  unreadableImage,
} from './material-kinds.ts';

const MB = 1024 * 1024;

describe('material kinds', () => {
  it('takes photos of certificates up to 5 MB', () => {
    for (const kind of MATERIAL_KINDS.filter((k) => /CERT_|_ID_|HANDHELD/.test(k))) {
      expect(MATERIAL_KIND_SPECS[kind].maxBytes, kind).toBe(5 * MB);
    }
  });

  it('takes the curtain photo as the photo guard does: JPEG only, 2 MB', () => {
    const { accepts, maxBytes } = MATERIAL_KIND_SPECS.CURTAIN_PHOTO;
    expect(accepts).toEqual(['image/jpeg']);
    expect(checkSelfPhotoFile({ mimeType: 'image/jpeg', sizeBytes: maxBytes }).ok).toBe(true);
    expect(checkSelfPhotoFile({ mimeType: 'image/jpeg', sizeBytes: maxBytes + 1 }).ok).toBe(false);
  });

  it('takes a PDF for scanned documents but not for ID cards and photos', () => {
    expect(acceptsContentType('SUBJECT_CERT_FRONT', 'application/pdf')).toBe(true);
    expect(acceptsContentType('VERIFICATION_SHEET', 'application/pdf')).toBe(true);
    expect(acceptsContentType('PRE_APPROVAL', 'application/pdf')).toBe(true);
    expect(acceptsContentType('SUBJECT_PRINCIPAL_ID_FRONT', 'application/pdf')).toBe(false);
    expect(acceptsContentType('HANDHELD_CERT_PHOTO', 'application/pdf')).toBe(false);
    expect(acceptsContentType('CURTAIN_PHOTO', 'image/png')).toBe(false);
    expect(acceptsContentType('HANDHELD_CERT_PHOTO', 'image/heic')).toBe(false);
  });

  it('asks certificates, ID images and the hand-held photo to be readable: 600 pixels short side, 10 KB', () => {
    const floored = MATERIAL_KINDS.filter((k) => MATERIAL_KIND_SPECS[k].readable);
    expect(floored).toEqual(
      MATERIAL_KINDS.filter((k) => /^(SUBJECT_CERT|SUBJECT_PRINCIPAL_ID|WEBSITE_PRINCIPAL_ID|HANDHELD_CERT)_/.test(k)),
    );
    const photo = { bytes: 300_000, width: 800, height: 600 };
    expect(unreadableImage('SUBJECT_CERT_COMBINED', photo)).toBeNull();
    expect(unreadableImage('SUBJECT_CERT_COMBINED', { ...photo, height: 599 })?.reason).toBe('FEW_PIXELS');
    expect(unreadableImage('WEBSITE_PRINCIPAL_ID_BACK', { ...photo, width: 400 })?.reason).toBe('FEW_PIXELS');
    expect(unreadableImage('SUBJECT_PRINCIPAL_ID_FRONT', { ...photo, bytes: 10 * 1024 - 1 })?.reason).toBe('FEW_BYTES');
    // Before the decode (in the browser) the bytes alone can already tell.
    expect(unreadableImage('SUBJECT_PRINCIPAL_ID_FRONT', { bytes: 4000 })?.reason).toBe('FEW_BYTES');
    expect(unreadableImage('HANDHELD_CERT_PHOTO', { ...photo, width: 480, height: 640 })?.reason).toBe('FEW_PIXELS');
    expect(unreadableImage('HANDHELD_CERT_PHOTO', photo)).toBeNull();
    expect(unreadableImage('VERIFICATION_SHEET', { bytes: 4000, width: 300, height: 200 })).toBeNull();
  });

  it('recognises its kinds and nothing else', () => {
    expect(isMaterialKind('VERIFICATION_SHEET')).toBe(true);
    expect(isMaterialKind('verification_sheet')).toBe(false);
  });
});
