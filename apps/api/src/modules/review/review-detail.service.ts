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
import type { StaffAccess } from '../filings/staff-access.ts';
import type { MaterialsRepository } from '../materials/materials.repository.ts';
import { toMaterial } from '../materials/materials.view.ts';
import type { RulesOf } from '../rules/rule-sets.ts';
import { toDomainView, toEventView, toRegistryView } from './review-detail.view.ts';
import { resubmissionOf } from './review-resubmission.ts';

type Deps = {
  db: Db;
  detailOf: (row: Filing) => Promise<FilingDetail>;
  materials: MaterialsRepository;
  miit: MiitRegistry;
  registrar: DomainRegistry;
  staff: StaffAccess;
  rulesOf: RulesOf;
  clock: Clock;
};

export function createReviewDetailService({ db, detailOf, materials, miit, registrar, staff, rulesOf, clock }: Deps) {
  return {
    async detail(id: string): Promise<ReviewFilingDetail> {
      const row = await db.filing.findUnique({ where: { id }, include: { claimedBy: true } });
      if (!row || !(await staff.mayView(row))) throw new NotFoundError(`Filing ${id}`);
      const [filing, subject, domain, stored, events, rules] = await Promise.all([
        detailOf(row),
        row.subjectFilingNo ? miit.findSubjectByFilingNo(row.subjectFilingNo) : null,
        registrar.lookup(row.domainAscii),
        materials.listForFiling(row.id).then((all) => staff.handedOverMaterials(row, all)),
        db.filingEvent.findMany({ where: { filingId: row.id }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
        // The sheet as the applicant was told to fill it: the rules of the version the filing was created under.
        rulesOf(row),
      ]);
      const live = row.claimedBy && row.claimExpiresAt && row.claimExpiresAt.getTime() > clock.now().getTime();
      return {
        filing,
        claim:
          live && row.claimedBy && row.claimExpiresAt
            ? {
                claimedBy: { id: row.claimedBy.id, displayName: row.claimedBy.displayName },
                expiresAt: row.claimExpiresAt.toISOString(),
              }
            : null,
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
