// The verification photo read back: its description for the applicant's step 4 and the second reviewer (how, when,
// where and by whom), and its bytes for the filing's owner and for staff who may view the filing. Anyone else gets
// a 404 as for a missing id, like a material's content (docs/decisions/014).
import type { Readable } from 'node:stream';
import type { Account, PhotoView } from '@beian/contracts';
import type { Db } from '../../infra/db.ts';
import { NotFoundError } from '../../lib/app-error.ts';
import type { StaffAccess } from '../filings/staff-access.ts';
import type { MaterialObjects } from '../materials/material-objects.ts';
import type { PhotosRepository, StoredPhoto } from './photos.repository.ts';

export type PhotoContent = { stream: Readable; contentType: string; bytes: number; filename: string };

export const photoContentUrl = (photoId: string) => `/api/photos/${photoId}/content`;

type Deps = { db: Db; photos: PhotosRepository; objects: Pick<MaterialObjects, 'open'>; staff: StaffAccess };

export function createPhotoViews({ db, photos, objects, staff }: Deps) {
  async function toView(photo: StoredPhoto): Promise<PhotoView> {
    const atPoint = photo.method === 'PHOTO_POINT';
    // The operator is named to the applicant and the reviewer alike: they stood in front of them.
    const operator = atPoint
      ? await db.account.findUnique({ where: { id: photo.takenById }, select: { displayName: true } })
      : null;
    return {
      id: photo.id,
      method: photo.method,
      takenAt: photo.takenAt.toISOString(),
      photoPoint:
        atPoint && photo.photoPoint
          ? { name: photo.photoPoint.name, city: photo.photoPoint.city, province: photo.photoPoint.province }
          : null,
      operatorName: operator?.displayName ?? null,
      contentUrl: photoContentUrl(photo.id),
    };
  }

  return {
    /** The newest photo of the filing (the one under review, or last reviewed), or null before the first. */
    async latest(filingId: string): Promise<PhotoView | null> {
      const photo = await photos.latest(filingId);
      return photo ? toView(photo) : null;
    },

    async content(account: Account, photoId: string): Promise<PhotoContent> {
      const photo = await db.verificationPhoto.findUnique({
        where: { id: photoId },
        include: { filing: { select: { id: true, status: true, accountId: true } } },
      });
      const staffRole = account.role === 'REVIEWER' || account.role === 'ADMIN';
      const mayRead =
        photo !== null &&
        ((account.role === 'APPLICANT' && photo.filing.accountId === account.id) ||
          (staffRole && (await staff.mayView(photo.filing))));
      if (!photo || !mayRead) throw new NotFoundError(`Photo ${photoId}`);
      return {
        stream: await objects.open(photo.objectKey),
        contentType: photo.contentType,
        bytes: photo.bytes,
        // The method only: no name of a person travels with the download.
        filename: `verification-photo-${photo.method.toLowerCase()}.jpg`,
      };
    },
  };
}

export type PhotoViews = ReturnType<typeof createPhotoViews>;
