// The applicant's filings: the list, one filing's detail and its review history, and abandoning one (which frees its
// subject, its domain and the auth codes it holds, so the verify step can start over with other inputs).
import { checkNotClaimed } from '@beian/domain';
import type { CloudInventory } from '../../adapters/cloud/cloud.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';
import { ConflictError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { heldAuthCodesOf } from './auth-codes.ts';
import { type FilingAccess, staleVersionError } from './filing-access.ts';
import { toFilingHistory } from './filing-history.ts';
import type { FilingReads } from './filing-reads.repository.ts';
import type { ApplyTransition } from './filing-transitions.ts';
import { toFilingSummary } from './filing-view.ts';
import type { FilingsRepository } from './filings.repository.ts';

export type FilingsServiceDeps = {
  repo: FilingsRepository;
  reads: FilingReads;
  access: FilingAccess;
  applyTransition: ApplyTransition;
  cloud: CloudInventory;
  clock: Clock;
};

const leaseOf = (row: Filing) =>
  row.claimedById && row.claimExpiresAt ? { holderId: row.claimedById, expiresAt: row.claimExpiresAt } : null;
const withdrawClaimedError = (orderNo: string) =>
  new ConflictError(
    'WITHDRAW_CLAIMED',
    `A reviewer is reviewing filing ${orderNo} now: it can no longer be withdrawn.`,
  );

export function createFilingsService({ repo, reads, access, applyTransition, cloud, clock }: FilingsServiceDeps) {
  const claimed = (row: Filing) => !checkNotClaimed({ lease: leaseOf(row), now: clock.now() }).ok;

  return {
    async list(accountId: string) {
      return { filings: (await reads.listOwned(accountId)).map((row) => toFilingSummary(row)) };
    },

    async get(accountId: string, id: string) {
      return access.ownedDetail(accountId, id);
    },

    async history(accountId: string, id: string) {
      const row = await access.owned(accountId, id);
      return toFilingHistory(await repo.listEvents(row.id));
    },

    async abandon(accountId: string, id: string, version: number) {
      const row = await access.owned(accountId, id);
      if (row.version !== version) throw staleVersionError(row.orderNo, version, row.version);
      await applyTransition({ row, event: 'abandon', actor: { role: 'APPLICANT', id: accountId } });
      // After commit: the inventory is another system, and a release that fails leaves only an unusable code.
      const codes = heldAuthCodesOf(row, await repo.listEvents(row.id));
      await Promise.all(codes.map((code) => cloud.releaseAuthCode(code, row.id)));
      return access.reload(accountId, id);
    },

    /** INITIAL_REVIEW → DRAFT, only while no reviewer holds a live claim on the filing. */
    async withdraw(accountId: string, id: string, version: number) {
      const row = await access.owned(accountId, id);
      if (row.version !== version) throw staleVersionError(row.orderNo, version, row.version);
      if (row.status === 'INITIAL_REVIEW' && claimed(row)) throw withdrawClaimedError(row.orderNo);
      await applyTransition({
        row,
        event: 'withdraw',
        actor: { role: 'APPLICANT', id: accountId },
        set: { slaDueAt: null },
        // Under the row lock the status update holds: a reviewer may have claimed the filing since it was read.
        alsoInTransaction: async (tx) => {
          const current = await repo.findById(row.id, tx);
          if (current && claimed(current)) throw withdrawClaimedError(row.orderNo);
        },
      });
      return access.reload(accountId, id);
    },
  };
}

export type FilingsService = ReturnType<typeof createFilingsService>;
