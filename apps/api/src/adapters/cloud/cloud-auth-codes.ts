// Auth codes in the cloud simulator: look up, claim for a filing (one winner), release, and issue within the limits.
import { canIssueAuthCode, fail, ok, type Result } from '@beian/domain';
import { NotFoundError } from '../../lib/app-error.ts';
import type { SimulatorDeps } from '../simulator-deps.ts';
import { toInventoryAuthCode, toInventoryResource } from './cloud.mapper.ts';
import type { CloudInventory } from './cloud.port.ts';
import { newAuthCode, normalizeAuthCode } from './cloud-ids.ts';

type AuthCodeMethods = Pick<CloudInventory, 'findAuthCode' | 'claimAuthCode' | 'releaseAuthCode' | 'issueAuthCode'>;

export function createAuthCodes({ db, clock }: Pick<SimulatorDeps, 'db' | 'clock'>): AuthCodeMethods {
  return {
    async findAuthCode(code) {
      const row = await db.simAuthCode.findUnique({
        where: { code: normalizeAuthCode(code) },
        include: { server: true },
      });
      return row ? toInventoryAuthCode(row) : null;
    },

    async claimAuthCode(input, filingId) {
      const code = normalizeAuthCode(input);
      // One conditional UPDATE: PostgreSQL re-checks the condition after a concurrent claim commits, so one wins.
      const { count } = await db.simAuthCode.updateMany({
        where: { code, OR: [{ usedByFilingId: null }, { usedByFilingId: filingId }] },
        data: { usedByFilingId: filingId, claimedAt: clock.now() },
      });
      if (count === 1) return ok();
      return fail((await db.simAuthCode.count({ where: { code } })) > 0 ? 'AUTH_CODE_USED' : 'AUTH_CODE_NOT_FOUND');
    },

    async releaseAuthCode(code, filingId) {
      const { count } = await db.simAuthCode.updateMany({
        where: { code: normalizeAuthCode(code), usedByFilingId: filingId },
        data: { usedByFilingId: null, claimedAt: null },
      });
      return count === 1;
    },

    async issueAuthCode(accountId, instanceId): Promise<Result<string>> {
      const now = clock.now();
      return db.$transaction(async (tx) => {
        // The row lock serialises issuers on one server, so two at once cannot both take the fifth code.
        const locked = await tx.$queryRaw<{ instanceId: string }[]>`
          SELECT "instanceId" FROM "SimCloudResource" WHERE "instanceId" = ${instanceId} AND "accountId" = ${accountId}
          FOR UPDATE`;
        if (locked.length === 0) throw new NotFoundError(`Cloud resource ${instanceId}`);
        const server = await tx.simCloudResource.findUniqueOrThrow({ where: { instanceId } });
        const existingCodes = await tx.simAuthCode.count({ where: { instanceId } });
        const allowed = canIssueAuthCode({ server: toInventoryResource(server), existingCodes, now });
        if (!allowed.ok) return allowed;
        const created = await tx.simAuthCode.create({ data: { code: newAuthCode(), instanceId, createdAt: now } });
        return ok(created.code);
      });
    },
  };
}
