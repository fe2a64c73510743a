// The applicant's filings: the list, one filing's detail, and abandoning one (which frees its subject, its domain and
// an auth code it holds, so the verify step can start over with other inputs).
import type { CloudInventory } from '../../adapters/cloud/cloud.port.ts';
import { type FilingAccess, staleVersionError } from './filing-access.ts';
import { readCloudService } from './filing-data.ts';
import type { ApplyTransition } from './filing-transitions.ts';
import { toFilingSummary } from './filing-view.ts';
import type { FilingsRepository } from './filings.repository.ts';

export type FilingsServiceDeps = {
  repo: FilingsRepository;
  access: FilingAccess;
  applyTransition: ApplyTransition;
  cloud: CloudInventory;
};

export function createFilingsService({ repo, access, applyTransition, cloud }: FilingsServiceDeps) {
  return {
    async list(accountId: string) {
      return { filings: (await repo.listOwned(accountId)).map((row) => toFilingSummary(row)) };
    },

    async get(accountId: string, id: string) {
      return access.detail(await access.owned(accountId, id));
    },

    async abandon(accountId: string, id: string, version: number) {
      const row = await access.owned(accountId, id);
      if (row.version !== version) throw staleVersionError(row.orderNo, version, row.version);
      await applyTransition({ row, event: 'abandon', actor: { role: 'APPLICANT', id: accountId } });
      // After commit: the inventory is another system, and a release that fails leaves only an unusable code.
      const ref = readCloudService(row.cloudService);
      if (ref.kind === 'AUTH_CODE') await cloud.releaseAuthCode(ref.code, row.id);
      return access.reload(accountId, id);
    },
  };
}

export type FilingsService = ReturnType<typeof createFilingsService>;
