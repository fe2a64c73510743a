// What the materials step needs to know about a filing: the row (owned, or owned and editable), its detail view,
// its subject in the MIIT registry, its province's rules as of the version it was created under, and the required list
// computed from them.
import type { FilingDetail } from '@beian/contracts';
import type { ProvinceRules, RequiredMaterial } from '@beian/domain';
import type { MiitRegistry, MiitSubject } from '../../adapters/miit/miit.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';
import type { FilingAccess } from '../filings/filing-access.ts';
import type { RulesOf } from '../rules/rule-sets.ts';
import { requirementsOf } from './material-requirements.ts';

export type MaterialContext = {
  row: Filing;
  detail: FilingDetail;
  registry: MiitSubject | null;
  rules: ProvinceRules;
  required: RequiredMaterial[];
};

export function createMaterialContext({
  access,
  miit,
  rulesOf,
}: {
  access: FilingAccess;
  miit: MiitRegistry;
  rulesOf: RulesOf;
}) {
  async function of(row: Filing): Promise<MaterialContext> {
    const [detail, registry, rules] = await Promise.all([
      access.detail(row),
      row.subjectFilingNo ? miit.findSubjectByFilingNo(row.subjectFilingNo) : null,
      rulesOf(row),
    ]);
    return { row, detail, registry, rules, required: requirementsOf(row, detail, registry, rules) };
  }
  return {
    of,
    owned: async (accountId: string, id: string) => of(await access.owned(accountId, id)),
    editable: async (accountId: string, id: string) => of(await access.editable(accountId, id)),
  };
}

export type MaterialContexts = ReturnType<typeof createMaterialContext>;
