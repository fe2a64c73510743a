// What the API needs from the provider's cloud inventory: an account's servers and hosting plans, and filing
// authorisation codes (备案授权码) that let a filing use someone else's server.
import type { AuthCodeRecord, CloudResource, Result } from '@beian/domain';

/** A resource shaped for checkCloudResource (`id` is the instance id), plus what the console shows. */
export interface InventoryResource extends CloudResource {
  readonly name: string;
  /** Region id, e.g. ap-guangzhou; `mainland` says whether it counts as mainland China. */
  readonly region: string;
  readonly publicIp: string | null;
}

/** An auth code shaped for checkAuthCode. The server's owner is not revealed to the code's user. */
export interface InventoryAuthCode extends AuthCodeRecord {
  readonly server: InventoryResource;
  readonly issuedAt: Date;
}

export interface CloudInventory {
  /** The account's own resources, newest first. */
  listResources(accountId: string): Promise<InventoryResource[]>;
  /** One of the account's own resources; null for another account's (or an unknown) instance. */
  findResource(accountId: string, instanceId: string): Promise<InventoryResource | null>;
  findAuthCode(code: string): Promise<InventoryAuthCode | null>;
  /**
   * Reserves the code for a filing. Exactly one of concurrent claims wins; claiming again for the same filing is
   * fine. Fails with AUTH_CODE_NOT_FOUND or AUTH_CODE_USED.
   */
  claimAuthCode(code: string, filingId: string): Promise<Result>;
  /** Frees the code if this filing holds it (an abandoned filing); returns whether it did. */
  releaseAuthCode(code: string, filingId: string): Promise<boolean>;
  /** The owner issues a new code on its server (canIssueAuthCode: at most five, never on an expired server). */
  issueAuthCode(accountId: string, instanceId: string): Promise<Result<string>>;
}
