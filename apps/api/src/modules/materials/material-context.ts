// What the materials step needs to know about a filing: the row (owned, or owned and editable), its detail view,
// its subject in the MIIT registry, and the required list computed from them.
import type { FilingDetail } from '@beian/contracts';
import type { RequiredMaterial } from '@beian/domain';
import type { MiitRegistry, MiitSubject } from '../../adapters/miit/miit.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';
import type { FilingAccess } from '../filings/filing-access.ts';
import { requirementsOf } from './material-requirements.ts';

export type MaterialContext = {
  row: Filing;
  detail: FilingDetail;
  registry: MiitSubject | null;
  required: RequiredMaterial[];
};

export function createMaterialContext({ access, miit }: { access: FilingAccess; miit: MiitRegistry }) {
  async function of(row: Filing): Promise<MaterialContext> {
    const detail = await access.detail(row);
    const registry = row.subjectFilingNo ? await miit.findSubjectByFilingNo(row.subjectFilingNo) : null;
    return { row, detail, registry, required: requirementsOf(row, detail, registry) };
  }
  return {
    of,
    owned: async (accountId: string, id: string) => of(await access.owned(accountId, id)),
    editable: async (accountId: string, id: string) => of(await access.editable(accountId, id)),
  };
}

export type MaterialContexts = ReturnType<typeof createMaterialContext>;
