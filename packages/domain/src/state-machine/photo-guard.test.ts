import { describe, expect, it } from 'vitest';
import { checkPhotoSubmission, checkSelfPhotoFile, SELF_PHOTO_MAX_BYTES } from './photo-guard.ts';

const jpeg = { mimeType: 'image/jpeg', sizeBytes: 800_000 };
const all = ['APP_CHECK', 'PHOTO_POINT', 'CURTAIN'] as const;

describe('self-taken photo file', () => {
  it('accepts a JPEG up to exactly 2 MB', () => {
    expect(checkSelfPhotoFile({ mimeType: 'image/jpeg', sizeBytes: SELF_PHOTO_MAX_BYTES }).ok).toBe(true);
    expect(checkSelfPhotoFile({ mimeType: 'image/jpeg', sizeBytes: SELF_PHOTO_MAX_BYTES + 1 })).toEqual({
      ok: false,
      reason: 'PHOTO_TOO_LARGE',
    });
    expect(checkSelfPhotoFile({ mimeType: 'image/png', sizeBytes: 1000 })).toEqual({
      ok: false,
      reason: 'PHOTO_NOT_JPEG',
    });
  });
});

describe('checkPhotoSubmission', () => {
  it('accepts an applicant curtain photo and an operator photo-point upload', () => {
    expect(checkPhotoSubmission({ method: 'CURTAIN', role: 'APPLICANT', eligibleMethods: all, photo: jpeg }).ok).toBe(
      true,
    );
    const png = { mimeType: 'image/png', sizeBytes: 3_000_000 };
    expect(checkPhotoSubmission({ method: 'PHOTO_POINT', role: 'OPERATOR', eligibleMethods: all, photo: png }).ok).toBe(
      true,
    );
  });

  it.each([
    [{ method: 'APP_CHECK', eligibleMethods: ['PHOTO_POINT', 'CURTAIN'] }, 'PHOTO_METHOD_NOT_ELIGIBLE'],
    [{ method: 'PHOTO_POINT', role: 'APPLICANT' }, 'PHOTO_METHOD_ROLE'],
    [{ method: 'CURTAIN', role: 'OPERATOR' }, 'PHOTO_METHOD_ROLE'],
    [{ photo: null }, 'PHOTO_MISSING'],
    [{ photo: { mimeType: 'image/jpeg', sizeBytes: 5_000_000 } }, 'PHOTO_TOO_LARGE'],
  ] as const)('refuses %o', (patch, reason) => {
    const input = { method: 'CURTAIN', role: 'APPLICANT', eligibleMethods: all, photo: jpeg, ...patch } as const;
    expect(checkPhotoSubmission(input)).toEqual({ ok: false, reason });
  });
});
