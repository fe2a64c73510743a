// GET /api/filings/:id/photo: step 4 as the applicant first sees it once the initial review approved the filing:
// when it was approved and which verification-photo methods the filing may use (docs/design.md §5.6).
import type { PhotoStep } from '@beian/contracts';
import { PHOTO_STEP_STATES, photoMethodChecks, provinceRules } from '@beian/domain';
import { ConflictError } from '../../lib/app-error.ts';
import type { FilingAccess } from '../filings/filing-access.ts';
import { readSubject, readWebsites, type StoredPerson } from '../filings/filing-data.ts';
import type { PhotoStepRepository } from './photo-step.repository.ts';

const isOpen = (status: string) => (PHOTO_STEP_STATES as readonly string[]).includes(status);

/**
 * Each website's principal as a certificate holder, the subject's principal where the website shares it. The filing
 * keeps certificates only as hash and mask; the hash stands in for the number, since the check compares numbers only.
 * A principal not (fully) entered stays in the list with empty values, so it can never make the app check pass.
 */
export function websitePrincipalsOf(row: { subjectDraft: unknown; websites: unknown }) {
  const subjectPrincipal = readSubject(row.subjectDraft).principal;
  const holder = (p: StoredPerson | null) => ({ certType: p?.certType ?? '', certNumber: p?.certHash ?? '' });
  return readWebsites(row.websites).map(({ principal }) =>
    holder(principal === null ? null : principal.sameAsSubject ? subjectPrincipal : principal),
  );
}

export function createPhotoStepService(deps: { access: Pick<FilingAccess, 'owned'>; repo: PhotoStepRepository }) {
  return {
    async step(accountId: string, id: string): Promise<PhotoStep> {
      const row = await deps.access.owned(accountId, id);
      if (!isOpen(row.status)) {
        throw new ConflictError(
          'PHOTO_STEP_NOT_OPEN',
          `Filing ${row.orderNo} is ${row.status}: the photo step opens once the initial review has approved it.`,
        );
      }
      const approval = await deps.repo.lastInitialApproval(row.id);
      // Every way into these states passes through an initial approval; a row without one is broken data.
      if (!approval) throw new Error(`Filing ${row.orderNo} is ${row.status} without an initial approval event`);
      const rules = provinceRules(row.province);
      if (!rules) throw new RangeError(`No province has the code ${row.province}.`);
      return {
        id: row.id,
        orderNo: row.orderNo,
        status: row.status,
        version: row.version,
        province: row.province,
        approvedAt: approval.at.toISOString(),
        methods: photoMethodChecks({ rules, websitePrincipals: websitePrincipalsOf(row) }),
      };
    },
  };
}

export type PhotoStepService = ReturnType<typeof createPhotoStepService>;
