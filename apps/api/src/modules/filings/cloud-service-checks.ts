// The checks for a cloud service chosen on the verify or websites step: one of the account's own resources (another
// account's id is simply not found), or an auth code for someone else's server.
import type { CloudServiceRef } from '@beian/contracts';
import { type Check, checkAuthCode, checkChosenResource } from '@beian/domain';
import type { CloudInventory } from '../../adapters/cloud/cloud.port.ts';

export type CloudServiceContext = {
  accountId: string;
  /** The filing that may hold the auth code already (null on the verify step, before the filing exists). */
  filingId: string | null;
  /** Websites of the filing that use this auth code; one code serves one website. */
  websitesUsingCode: number;
  now: Date;
};

export async function checkCloudService(
  cloud: CloudInventory,
  ref: CloudServiceRef,
  ctx: CloudServiceContext,
): Promise<Check[]> {
  if (ref.kind === 'RESOURCE') {
    return checkChosenResource(await cloud.findResource(ctx.accountId, ref.resourceId), ctx.now);
  }
  return checkAuthCode({
    record: await cloud.findAuthCode(ref.code),
    filingId: ctx.filingId,
    websitesUsingCode: ctx.websitesUsingCode,
    now: ctx.now,
  });
}
