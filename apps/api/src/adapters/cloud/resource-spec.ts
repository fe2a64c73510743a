// A cloud resource described relative to "now" (seed data and demo grants), and the row it becomes.
import type { Prisma } from '../../generated/prisma/client.ts';
import { addMonths, newInstanceId, newPublicIp } from './cloud-ids.ts';
import type { CloudRegionId } from './cloud-regions.ts';

export interface ResourceSpec {
  readonly kind: 'CVM' | 'SITE_HOSTING' | 'CLB' | 'BM';
  readonly name: string;
  readonly region: CloudRegionId;
  readonly billing: 'PREPAID' | 'POSTPAID';
  readonly monthsPurchased: number;
  readonly publicBandwidthMbps: number;
  /** Days until it expires (negative: expired). Default: the months bought, or ten years for pay-as-you-go. */
  readonly expiresInDays?: number;
  /** A fixed id for seed data that documents refer to; otherwise a fresh one. */
  readonly instanceId?: string;
}

const DAY_MS = 86_400_000;

function expiry(spec: ResourceSpec, now: Date): Date {
  if (spec.expiresInDays !== undefined) return new Date(now.getTime() + spec.expiresInDays * DAY_MS);
  // Pay-as-you-go runs until it is stopped; the inventory still needs a date.
  return addMonths(now, spec.billing === 'POSTPAID' ? 120 : spec.monthsPurchased);
}

export const resourceRow = (
  spec: ResourceSpec,
  accountId: string,
  now: Date,
): Prisma.SimCloudResourceCreateManyInput => ({
  instanceId: spec.instanceId ?? newInstanceId(),
  accountId,
  kind: spec.kind,
  name: spec.name,
  region: spec.region,
  billing: spec.billing,
  monthsPurchased: spec.monthsPurchased,
  publicBandwidthMbps: spec.publicBandwidthMbps,
  // A CVM without bandwidth has no public address; hosting plans and load balancers always have one.
  publicIp: spec.kind === 'CVM' && spec.publicBandwidthMbps === 0 ? null : newPublicIp(),
  expiresAt: expiry(spec, now),
  createdAt: now,
});
