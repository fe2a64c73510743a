// GET /api/review/filings/:id: everything a reviewer decides from, read side by side. The registry and registrar
// are asked in parallel; the detail is read-only and needs no claim (the decision does).
import { type FilingDetail, type ReviewFilingDetail, SubjectNatureSchema } from '@beian/contracts';
import { verificationSheetRequirements } from '@beian/domain';
import type { MiitRegistry } from '../../adapters/miit/miit.port.ts';
import type { DomainRegistry } from '../../adapters/registrar/registrar.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';
import type { Db } from '../../infra/db.ts';
import { NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { PasswordLockRow } from '../filings/password-lock.repository.ts';
import type { StaffAccess } from '../filings/staff-access.ts';
import type { MaterialsRepository } from '../materials/materials.repository.ts';
import { toMaterial } from '../materials/materials.view.ts';
import type { RulesOf } from '../rules/rule-sets.ts';
import type { ReviewDetailRepository } from './review-detail.repository.ts';
import { toDomainView, toEventView, toRegistryView } from './review-detail.view.ts';
import { resubmissionOf } from './review-resubmission.ts';

type Deps = {
  db: Db;
  repo: ReviewDetailRepository;
  /** The applicant's detail view of a filing whose subject's lock row was read with it. */
  detailOf: (row: Filing, lock: PasswordLockRow | null) => Promise<FilingDetail>;
  materials: MaterialsRepository;
  miit: MiitRegistry;
  registrar: DomainRegistry;
  staff: StaffAccess;
  rulesOf: RulesOf;
  clock: Clock;
};

export function createReviewDetailService(deps: Deps) {
  const { db, repo, detailOf, materials, miit, registrar, staff, rulesOf, clock } = deps;
  return {
    async detail(id: string): Promise<ReviewFilingDetail> {
      const found = await repo.find(id);
      if (!found || !(await staff.mayView(found.row))) throw new NotFoundError(`Filing ${id}`);
      const { row, lock, claimedBy } = found;
      const [filing, subject, domain, all, events, rules] = await Promise.all([
        detailOf(row, lock),
        row.subjectFilingNo ? miit.findSubjectByFilingNo(row.subjectFilingNo) : null,
        registrar.lookup(row.domainAscii),
        materials.listForFiling(row.id),
        db.filingEvent.findMany({ where: { filingId: row.id }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
        // The sheet as the applicant was told to fill it: the rules of the version the filing was created under.
        rulesOf(row),
      ]);
      // The whole history is at hand, so the last handover is read from it rather than asked for again.
      const stored = staff.handedOverMaterialsIn(row, events, all);
      const live = claimedBy && row.claimExpiresAt && row.claimExpiresAt.getTime() > clock.now().getTime();
      return {
        filing,
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
