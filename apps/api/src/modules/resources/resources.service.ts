// The applicant's cloud services from the cloud inventory, each with the checks that say whether it can host a filing.
import type { CloudResourceView, ResourceList } from '@beian/contracts';
import { checkCloudResource } from '@beian/domain';
import type { CloudInventory, InventoryResource } from '../../adapters/cloud/cloud.port.ts';
import type { Clock } from '../../lib/clock.ts';

function toView(resource: InventoryResource, now: Date): CloudResourceView {
  const checks = checkCloudResource(resource, now).map((c) => ({ ...c }));
  return {
    id: resource.id,
    kind: resource.kind,
    instanceId: resource.id,
    name: resource.name,
    region: resource.region,
    mainland: resource.mainland,
    billing: resource.billing,
    monthsPurchased: resource.monthsPurchased,
    publicBandwidthMbps: resource.publicBandwidthMbps,
    publicIp: resource.publicIp,
    expiresAt: resource.expiresAt.toISOString(),
    checks,
    eligible: checks.every((c) => c.status !== 'fail'),
  };
}

export function createResourcesService({ cloud, clock }: { cloud: CloudInventory; clock: Clock }) {
  return {
    async list(accountId: string): Promise<ResourceList> {
      const now = clock.now();
      return { resources: (await cloud.listResources(accountId)).map((r) => toView(r, now)) };
    },
  };
}

export type ResourcesService = ReturnType<typeof createResourcesService>;
