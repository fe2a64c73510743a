// GET /api/review/filings/:id: everything a reviewer decides from, read side by side. The filing comes with its
// claimant, lock, history and materials in one statement; the registry and registrar are asked in parallel after it.
// The detail is read-only and needs no claim (the decision does).
import { type FilingDetail, type Rejection, type ReviewFilingDetail, SubjectNatureSchema } from '@beian/contracts';
import { verificationSheetRequirements } from '@beian/domain';
import type { MiitRegistry } from '../../adapters/miit/miit.port.ts';
import type { DomainRegistry } from '../../adapters/registrar/registrar.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';
import { NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { rejectionIn } from '../filings/filing-rejection.ts';
import type { PasswordLockRow } from '../filings/password-lock.repository.ts';
import type { StaffAccess } from '../filings/staff-access.ts';
import { toMaterial } from '../materials/materials.view.ts';
import type { RulesOf } from '../rules/rule-sets.ts';
import type { ReviewDetailRepository } from './review-detail.repository.ts';
import { toDomainView, toEventView, toRegistryView } from './review-detail.view.ts';
import { resubmissionOf } from './review-resubmission.ts';

type Deps = {
  repo: ReviewDetailRepository;
  /** The applicant's detail view of a filing whose subject's lock row and rejection were read with it. */
  detailOf: (row: Filing, lock: PasswordLockRow | null, rejection: Rejection | null) => FilingDetail;
  miit: Pick<MiitRegistry, 'findSubjectByFilingNo'>;
  registrar: DomainRegistry;
  staff: StaffAccess;
  rulesOf: RulesOf;
  clock: Clock;
};

export function createReviewDetailService(deps: Deps) {
  const { repo, detailOf, miit, registrar, staff, rulesOf, clock } = deps;
  return {
    async detail(id: string): Promise<ReviewFilingDetail> {
      const found = await repo.find(id);
      // The whole history is at hand, so whether the filing was handed over, its last handover and its rejection are
      // read from it rather than asked for again.
      if (!found || !staff.mayViewIn(found.row, found.events)) throw new NotFoundError(`Filing ${id}`);
      const { row, lock, claimedBy, events, materials } = found;
      const [subject, domain, rules] = await Promise.all([
        row.subjectFilingNo ? miit.findSubjectByFilingNo(row.subjectFilingNo) : null,
        registrar.lookup(row.domainAscii),
        // The sheet as the applicant was told to fill it: the rules of the version the filing was created under.
        rulesOf(row),
      ]);
      const stored = staff.handedOverMaterialsIn(row, events, materials);
      const live = claimedBy && row.claimExpiresAt && row.claimExpiresAt.getTime() > clock.now().getTime();
      return {
        filing: detailOf(row, lock, rejectionIn(row, events)),
        claim:
          live && claimedBy && row.claimExpiresAt ? { claimedBy, expiresAt: row.claimExpiresAt.toISOString() } : null,
        registry: subject ? toRegistryView(subject) : null,
        domainRecord: domain ? toDomainView(domain) : null,
        materials: stored.map((m) => ({ ...toMaterial(m), contentUrl: `/api/materials/${m.id}/content` })),
        sheetRequirements: verificationSheetRequirements(rules, SubjectNatureSchema.parse(row.nature)),
        history: events.map(toEventView),
        resubmission: resubmissionOf(row, events, stored),
      };
    },
  };
}

export type ReviewDetailService = ReturnType<typeof createReviewDetailService>;
