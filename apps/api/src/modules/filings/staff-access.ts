// What the provider's staff (reviewers, admins) may see of a filing: what the applicant handed over for review and
// did not take back (isHandedOver in @beian/domain), and of its materials only those uploaded by the last handover.
// Everything else answers exactly like a missing record, so an id reveals nothing (docs/decisions/014).
import { isHandedOver, REVIEWER_STATES } from '@beian/domain';
import type { Filing } from '../../generated/prisma/client.ts';
import type { Db } from '../../infra/db.ts';

type FilingRef = Pick<Filing, 'id' | 'status' | 'submittedAt'>;

export function createStaffAccess(db: Db) {
  /** The state an abandoned or expired filing left: the from-state of the event that ended it. */
  async function endedFrom(filing: Pick<Filing, 'id' | 'status'>) {
    const event = await db.filingEvent.findFirst({
      where: { filingId: filing.id, toStatus: filing.status },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      select: { fromStatus: true },
    });
    return event?.fromStatus ?? null;
  }

  /**
   * When the applicant last handed the filing over to a reviewer: its last (re)submission, or a later move into a
   * review (the verification photo). A file uploaded since, while the filing is back with the applicant, waits for
   * the next handover.
   */
  async function handedOverAt(filing: FilingRef): Promise<number | null> {
    const event = await db.filingEvent.findFirst({
      where: { filingId: filing.id, toStatus: { in: [...REVIEWER_STATES] } },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      select: { at: true },
    });
    const times = [filing.submittedAt, event?.at].flatMap((at) => (at ? [at.getTime()] : []));
    return times.length > 0 ? Math.max(...times) : null;
  }

  async function mayView(filing: Pick<Filing, 'id' | 'status'>): Promise<boolean> {
    const ended = filing.status === 'ABANDONED' || filing.status === 'EXPIRED';
    return isHandedOver(filing.status, ended ? await endedFrom(filing) : null);
  }

  /** The materials of a filing staff may view that reached a reviewer. */
  async function handedOverMaterials<M extends { uploadedAt: Date }>(filing: FilingRef, materials: M[]): Promise<M[]> {
    const at = await handedOverAt(filing);
    return at === null ? [] : materials.filter((m) => m.uploadedAt.getTime() <= at);
  }

  return {
    mayView,
    handedOverMaterials,
    async mayViewMaterial<M extends { uploadedAt: Date; filing: FilingRef }>(material: M): Promise<boolean> {
      if (!(await mayView(material.filing))) return false;
      return (await handedOverMaterials(material.filing, [material])).length === 1;
    },
  };
}

export type StaffAccess = ReturnType<typeof createStaffAccess>;
