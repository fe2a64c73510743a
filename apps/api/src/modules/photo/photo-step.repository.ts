// The filing events the photo step reads: when the initial review last approved the filing, and the second review's
// latest rejection of the photo.
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
    /** The latest `reject` out of SECOND_REVIEW: its payload's reasons are what the applicant reads on the photo. */
    lastPhotoRejection: (filingId: string) =>
      db.filingEvent.findFirst({
        where: { filingId, event: 'reject', fromStatus: 'SECOND_REVIEW' },
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        select: { at: true, payload: true },
      }),
  };
}

export type PhotoStepRepository = ReturnType<typeof createPhotoStepRepository>;
