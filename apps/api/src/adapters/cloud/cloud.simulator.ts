// The cloud inventory simulator: accounts' resources and auth codes from its own tables, and the demo grant that
// gives every new account the standard set.
import type { SimulatorDeps } from '../simulator-deps.ts';
import { toInventoryAuthCode, toInventoryResource } from './cloud.mapper.ts';
import type { CloudInventory, InventoryAuthCode } from './cloud.port.ts';
import { createAuthCodes } from './cloud-auth-codes.ts';
import { newAuthCode } from './cloud-ids.ts';
import { DEMO_RESOURCE_SET, PARTNER_ACCOUNT, PARTNER_SERVER } from './demo-resources.ts';
import { resourceRow } from './resource-spec.ts';

export type CloudSimulator = CloudInventory & {
  /** Gives the account the standard demo set and one auth code on a partner's server; false if it had it already. */
  grantDemoResources(accountId: string, label?: string): Promise<boolean>;
  /** Auth codes a server owner handed to this account (the demo grant's), so the console can show them. */
  listGrantedAuthCodes(accountId: string): Promise<InventoryAuthCode[]>;
};

export function createCloudSimulator({ db, clock }: Pick<SimulatorDeps, 'db' | 'clock'>): CloudSimulator {
  return {
    async listResources(accountId) {
      const rows = await db.simCloudResource.findMany({
        where: { accountId },
        orderBy: [{ createdAt: 'desc' }, { name: 'asc' }],
      });
      return rows.map(toInventoryResource);
    },

    async findResource(accountId, instanceId) {
      const row = await db.simCloudResource.findFirst({ where: { accountId, instanceId } });
      return row ? toInventoryResource(row) : null;
    },

    ...createAuthCodes({ db, clock }),

    async grantDemoResources(accountId, label = accountId) {
      const now = clock.now();
      await db.simCloudAccount.createMany({
        data: [
          { accountId, label, createdAt: now },
          { ...PARTNER_ACCOUNT, createdAt: now },
        ],
        skipDuplicates: true,
      });
      return db.$transaction(async (tx) => {
        // Marking the account first makes the grant happen once, however often (or concurrently) it is asked for.
        const { count } = await tx.simCloudAccount.updateMany({
          where: { accountId, demoGrantedAt: null },
          data: { demoGrantedAt: now },
        });
        if (count === 0) return false;
        await tx.simCloudResource.createMany({
          data: Object.values(DEMO_RESOURCE_SET).map((spec) => resourceRow(spec, accountId, now)),
        });
        // A server of its own per grant keeps every partner server well under the five-code limit.
        const server = resourceRow(PARTNER_SERVER, PARTNER_ACCOUNT.accountId, now);
        await tx.simCloudResource.create({ data: server });
        await tx.simAuthCode.create({
          data: { code: newAuthCode(), instanceId: server.instanceId, grantedToAccountId: accountId, createdAt: now },
        });
        return true;
      });
    },

    async listGrantedAuthCodes(accountId) {
      const rows = await db.simAuthCode.findMany({
        where: { grantedToAccountId: accountId },
        include: { server: true },
        orderBy: { createdAt: 'desc' },
      });
      return rows.map(toInventoryAuthCode);
    },
  };
}
