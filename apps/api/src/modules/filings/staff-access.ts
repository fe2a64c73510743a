// What the provider's staff (reviewers, admins) may see of a filing: what the applicant handed over for review and
// did not take back (isHandedOver in @beian/domain), and of its materials only those uploaded by the last submission.
// Everything else answers exactly like a missing record, so an id reveals nothing (docs/decisions/014).
import { isHandedOver } from '@beian/domain';
import type { Filing } from '../../generated/prisma/client.ts';
import type { Db } from '../../infra/db.ts';

type FilingRef = Pick<Filing, 'id' | 'status'>;
type Submitted = Pick<Filing, 'submittedAt'>;

/**
 * A material reached a reviewer when it was uploaded by the filing's last (re)submission; one uploaded since, while
 * the filing is back with the applicant, waits for the next.
 */
const uploadedBySubmission = (material: { uploadedAt: Date }, filing: Submitted) =>
  filing.submittedAt !== null && material.uploadedAt.getTime() <= filing.submittedAt.getTime();

export function createStaffAccess(db: Db) {
  /** The state an abandoned or expired filing left: the from-state of the event that ended it. */
  async function endedFrom(filing: FilingRef) {
    const event = await db.filingEvent.findFirst({
      where: { filingId: filing.id, toStatus: filing.status },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      select: { fromStatus: true },
    });
    return event?.fromStatus ?? null;
  }

  async function mayView(filing: FilingRef): Promise<boolean> {
    const ended = filing.status === 'ABANDONED' || filing.status === 'EXPIRED';
    return isHandedOver(filing.status, ended ? await endedFrom(filing) : null);
  }

  return {
    mayView,
    async mayViewMaterial(material: { uploadedAt: Date; filing: FilingRef & Submitted }): Promise<boolean> {
      return uploadedBySubmission(material, material.filing) && (await mayView(material.filing));
    },
    /** The materials of a filing staff may view that reached a reviewer. */
    handedOverMaterials: <M extends { uploadedAt: Date }>(filing: Submitted, materials: M[]): M[] =>
      materials.filter((m) => uploadedBySubmission(m, filing)),
  };
}

export type StaffAccess = ReturnType<typeof createStaffAccess>;
