// A verification photo's method and origin in the reader's words, for the applicant's step 4 and the second
// reviewer alike: a photo point names its point, city and operator; the curtain selfie and the Shanghai app check
// say who took it by their method.
import type { PhotoView } from '@beian/contracts';
import type { TFunction } from 'i18next';

export const photoMethodName = (t: TFunction, method: PhotoView['method']): string =>
  t(`photoRecord.methods.${method}`);

export function photoOrigin(t: TFunction, photo: Pick<PhotoView, 'method' | 'photoPoint' | 'operatorName'>): string {
  if (photo.method !== 'PHOTO_POINT') return t(`photoRecord.origin.${photo.method}`);
  if (!photo.photoPoint) return t('photoRecord.origin.pointUnknown');
  return t('photoRecord.origin.PHOTO_POINT', {
    point: photo.photoPoint.name,
    city: photo.photoPoint.city,
    operator: photo.operatorName ?? t('photoRecord.origin.operatorUnknown'),
  });
}
