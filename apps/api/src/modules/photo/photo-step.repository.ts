// The filing event the photo step reads: when the initial review last approved the filing.
import type { Db } from '../../infra/db.ts';

export function createPhotoStepRepository(db: Db) {
  return {
    /** The latest `approve` out of INITIAL_REVIEW: a filing the bureau rejected goes through initial review again. */
    lastInitialApproval: (filingId: string) =>
      db.filingEvent.findFirst({
        where: { filingId, event: 'approve', fromStatus: 'INITIAL_REVIEW' },
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        select: { at: true },
      }),
  };
}

export type PhotoStepRepository = ReturnType<typeof createPhotoStepRepository>;
