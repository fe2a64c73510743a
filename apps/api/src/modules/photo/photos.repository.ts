// Prisma access for verification photos: written with their submitPhoto transition, read by the photo step, the
// second review and the orphan collector.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';

export function createPhotosRepository(db: Db) {
  return {
    create: (data: Prisma.VerificationPhotoUncheckedCreateInput, tx: Tx) => tx.verificationPhoto.create({ data }),
    /** The photo under review (or last reviewed): the newest submission. */
    latest: (filingId: string) =>
      db.verificationPhoto.findFirst({
        where: { filingId },
        orderBy: [{ takenAt: 'desc' }, { id: 'desc' }],
        include: { photoPoint: { select: { id: true, name: true, province: true, city: true } } },
      }),
    findById: (id: string) => db.verificationPhoto.findUnique({ where: { id } }),
  };
}

export type PhotosRepository = ReturnType<typeof createPhotosRepository>;
export type StoredPhoto = NonNullable<Awaited<ReturnType<PhotosRepository['latest']>>>;
