// What the provider's staff (reviewers, admins) may see of a filing: what the applicant handed over for review and
// did not take back (isHandedOver in @beian/domain), and of its materials only those uploaded by the last handover.
// Everything else answers exactly like a missing record, so an id reveals nothing (docs/decisions/014).
import { isHandedOver, REVIEWER_STATES } from '@beian/domain';
import type { Filing, FilingEvent } from '../../generated/prisma/client.ts';
import type { Db } from '../../infra/db.ts';

type FilingRef = Pick<Filing, 'id' | 'status' | 'submittedAt'>;
type EventRef = Pick<FilingEvent, 'toStatus' | 'at'>;

const hasEnded = (filing: Pick<Filing, 'status'>) => filing.status === 'ABANDONED' || filing.status === 'EXPIRED';

/** When the filing was last handed over, judged from its events (all of them, or at least the latest handover). */
function handedOverAtIn(filing: Pick<Filing, 'submittedAt'>, events: readonly EventRef[]): number | null {
  const times = [
    filing.submittedAt,
    ...events.filter((e) => (REVIEWER_STATES as readonly string[]).includes(e.toStatus)).map((e) => e.at),
  ].flatMap((at) => (at ? [at.getTime()] : []));
  return times.length > 0 ? Math.max(...times) : null;
}

const uploadedBy = <M extends { uploadedAt: Date }>(at: number | null, materials: M[]): M[] =>
  at === null ? [] : materials.filter((m) => m.uploadedAt.getTime() <= at);

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
      select: { at: true, toStatus: true },
    });
    return handedOverAtIn(filing, event ? [event] : []);
  }

  async function mayView(filing: Pick<Filing, 'id' | 'status'>): Promise<boolean> {
    return isHandedOver(filing.status, hasEnded(filing) ? await endedFrom(filing) : null);
  }

  /** The materials of a filing staff may view that reached a reviewer. */
  async function handedOverMaterials<M extends { uploadedAt: Date }>(filing: FilingRef, materials: M[]): Promise<M[]> {
    return uploadedBy(await handedOverAt(filing), materials);
  }

  return {
    mayView,
    /** mayView for a caller that has read the filing's whole history already (oldest first): no further read. */
    mayViewIn(filing: Pick<Filing, 'status'>, events: readonly Pick<FilingEvent, 'fromStatus' | 'toStatus'>[]) {
      const ending = hasEnded(filing) ? events.findLast((e) => e.toStatus === filing.status) : undefined;
      return isHandedOver(filing.status, ending?.fromStatus ?? null);
    },
    handedOverMaterials,
    /** handedOverMaterials for a caller that has read the filing's whole history already: no further read. */
    handedOverMaterialsIn: <M extends { uploadedAt: Date }>(
      filing: Pick<Filing, 'submittedAt'>,
      events: readonly EventRef[],
      materials: M[],
    ): M[] => uploadedBy(handedOverAtIn(filing, events), materials),
    async mayViewMaterial<M extends { uploadedAt: Date; filing: FilingRef }>(material: M): Promise<boolean> {
      if (!(await mayView(material.filing))) return false;
      return (await handedOverMaterials(material.filing, [material])).length === 1;
    },
  };
}

export type StaffAccess = ReturnType<typeof createStaffAccess>;
