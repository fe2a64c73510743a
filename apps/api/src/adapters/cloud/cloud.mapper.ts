// Rows of the cloud simulator's tables as the inventory port shapes them.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { InventoryAuthCode, InventoryResource } from './cloud.port.ts';
import { isMainlandRegion } from './cloud-regions.ts';

type ResourceRow = Prisma.SimCloudResourceGetPayload<object>;
type AuthCodeRow = Prisma.SimAuthCodeGetPayload<{ include: { server: true } }>;

export const toInventoryResource = (row: ResourceRow): InventoryResource => ({
  id: row.instanceId,
  kind: row.kind,
  name: row.name,
  region: row.region,
  mainland: isMainlandRegion(row.region),
  billing: row.billing,
  monthsPurchased: row.monthsPurchased,
  publicBandwidthMbps: row.publicBandwidthMbps,
  publicIp: row.publicIp,
  expiresAt: row.expiresAt,
});

export const toInventoryAuthCode = (row: AuthCodeRow): InventoryAuthCode => ({
  code: row.code,
  server: toInventoryResource(row.server),
  usedByFilingId: row.usedByFilingId,
  issuedAt: row.createdAt,
});
