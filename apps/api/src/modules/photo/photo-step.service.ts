// GET /api/filings/:id/photo: step 4 as the applicant sees it once the initial review approved the filing: when it
// was approved and which verification-photo methods the filing may use (docs/design.md §5.6), and once a photo is
// in, the newest photo, when the second review is due, and at PHOTO_REJECTED the reasons on the photo.
import { type PhotoStep, type Rejection, RejectionReasonSchema } from '@beian/contracts';
import { PHOTO_STEP_STATES } from '@beian/domain';
import { ConflictError } from '../../lib/app-error.ts';
import type { FilingAccess } from '../filings/filing-access.ts';
import type { RulesOf } from '../rules/rule-sets.ts';
import { photoMethodsOf } from './photo-methods.ts';
import type { PhotoStepRepository } from './photo-step.repository.ts';
import type { PhotoViews } from './photo-views.service.ts';

const isOpen = (status: string) => (PHOTO_STEP_STATES as readonly string[]).includes(status);

/** The reasons a reject event recorded; the decision validated them, so an entry that does not parse is dropped. */
function reasonsOf(payload: unknown): Rejection['reasons'] {
  const reasons = (payload as { reasons?: unknown } | null)?.reasons;
  if (!Array.isArray(reasons)) return [];
  return reasons.flatMap((reason) => {
    const parsed = RejectionReasonSchema.safeParse(reason);
    return parsed.success ? [parsed.data] : [];
  });
}

type Deps = {
  access: Pick<FilingAccess, 'owned'>;
  repo: PhotoStepRepository;
  photoViews: Pick<PhotoViews, 'latest'>;
  rulesOf: RulesOf;
};

export function createPhotoStepService(deps: Deps) {
  return {
    async step(accountId: string, id: string): Promise<PhotoStep> {
      const row = await deps.access.owned(accountId, id);
      if (!isOpen(row.status)) {
        throw new ConflictError(
          'PHOTO_STEP_NOT_OPEN',
          `Filing ${row.orderNo} is ${row.status}: the photo step opens once the initial review has approved it.`,
        );
      }
      const [approval, photo, rejected, rules] = await Promise.all([
        deps.repo.lastInitialApproval(row.id),
        deps.photoViews.latest(row.id),
        row.status === 'PHOTO_REJECTED' ? deps.repo.lastPhotoRejection(row.id) : null,
        deps.rulesOf(row),
      ]);
      // Every way into these states passes through an initial approval; a row without one is broken data.
      if (!approval) throw new Error(`Filing ${row.orderNo} is ${row.status} without an initial approval event`);
      return {
        id: row.id,
        orderNo: row.orderNo,
        status: row.status,
        version: row.version,
        province: row.province,
        approvedAt: approval.at.toISOString(),
        methods: photoMethodsOf(row, rules),
        photo,
        secondReviewDueAt: row.status === 'SECOND_REVIEW' ? (row.slaDueAt?.toISOString() ?? null) : null,
        rejection: rejected ? { at: rejected.at.toISOString(), reasons: reasonsOf(rejected.payload) } : null,
      };
    },
  };
}

export type PhotoStepService = ReturnType<typeof createPhotoStepService>;
