import { describe, expect, it } from 'vitest';
import { checkSelfPhotoFile } from '../state-machine/photo-guard.ts';
import { acceptsContentType, isMaterialKind, MATERIAL_KIND_SPECS, MATERIAL_KINDS } from './material-kinds.ts';

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

  it('recognises its kinds and nothing else', () => {
    expect(isMaterialKind('VERIFICATION_SHEET')).toBe(true);
    expect(isMaterialKind('verification_sheet')).toBe(false);
  });
});
