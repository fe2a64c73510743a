// The photo-point operator's view of a filing: found by order number, and only while it waits for its photo.
import { isPhotoState } from '@beian/domain';
import type { Db } from '../../infra/db.ts';
import { NotFoundError } from '../../lib/app-error.ts';

export function createPhotoPointService(deps: { db: Db }) {
  return {
    async findOrder(orderNo: string) {
      const filing = await deps.db.filing.findUnique({
        where: { orderNo },
        select: { orderNo: true, status: true, province: true },
      });
      // Filings not waiting for a photo are none of the operator's business: same answer as an unknown number.
      if (!filing || !isPhotoState(filing.status)) {
        throw new NotFoundError(`Order ${orderNo} waiting for a photo`);
      }
      return { filing };
    },
  };
}

export type PhotoPointService = ReturnType<typeof createPhotoPointService>;
