// The filing events the submission reads: the last submission (for repeated presses) and the last bureau rejection.
import type { Db } from '../../infra/db.ts';

export function createSubmissionRepository(db: Db) {
  return {
    lastEvent: (filingId: string, events: readonly string[]) =>
      db.filingEvent.findFirst({
        where: { filingId, event: { in: [...events] } },
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
      }),
  };
}

export type SubmissionRepository = ReturnType<typeof createSubmissionRepository>;
