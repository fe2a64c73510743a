// Whether a cloud resource (or a filing authorisation code for someone else's server) can host a filed website:
// mainland, prepaid for at least three months, with public bandwidth, and not expired.
import type { CloudServiceKind } from '../glossary.ts';
import { fail, ok, type Result } from '../result.ts';
import { type Check, failed, passed, warned } from './check.ts';

export interface CloudResource {
  readonly id: string;
  readonly kind: Exclude<CloudServiceKind, 'AUTH_CODE'>;
  /** The inventory knows its region ids; the domain only needs the answer. */
  readonly mainland: boolean;
  /** PREPAID is 包年包月; POSTPAID is pay-as-you-go, which MIIT filings do not accept. */
  readonly billing: 'PREPAID' | 'POSTPAID';
  /** Months bought in total, renewals included. */
  readonly monthsPurchased: number;
  readonly publicBandwidthMbps: number;
  readonly expiresAt: Date;
}

export const MIN_PREPAID_MONTHS = 3;
/** A server expiring within the reviews (provider, then up to 30 working days at the bureau) risks rejection. */
export const CLOUD_EXPIRY_WARNING_DAYS = 60;
export const AUTH_CODES_PER_SERVER = 5;

const DAY_MS = 86_400_000;

function expiryCheck(resource: CloudResource, now: Date): Check {
  const left = resource.expiresAt.getTime() - now.getTime();
  if (left <= 0) return failed('CLOUD_EXPIRY', 'CLOUD_EXPIRED');
  return left < CLOUD_EXPIRY_WARNING_DAYS * DAY_MS
    ? warned('CLOUD_EXPIRY', 'CLOUD_EXPIRING_SOON')
    : passed('CLOUD_EXPIRY');
}

export function checkCloudResource(resource: CloudResource, now: Date): Check[] {
  const prepaid = resource.billing === 'PREPAID';
  const checks = [
    resource.mainland ? passed('CLOUD_REGION') : failed('CLOUD_REGION', 'CLOUD_REGION_NOT_MAINLAND'),
    prepaid ? passed('CLOUD_BILLING') : failed('CLOUD_BILLING', 'CLOUD_PAY_AS_YOU_GO'),
    prepaid && resource.monthsPurchased >= MIN_PREPAID_MONTHS
      ? passed('CLOUD_TERM')
      : failed('CLOUD_TERM', 'CLOUD_TERM_TOO_SHORT'),
  ];
  // Only a CVM has its own public bandwidth to buy; hosting plans and load balancers come with an address.
  if (resource.kind === 'CVM') {
    checks.push(
      resource.publicBandwidthMbps > 0
        ? passed('CLOUD_BANDWIDTH')
        : failed('CLOUD_BANDWIDTH', 'CLOUD_NO_PUBLIC_BANDWIDTH'),
    );
  }
  checks.push(expiryCheck(resource, now));
  return checks;
}

/**
 * A resource chosen by id on the verify or websites step: it must be one of the account's own. `null` (unknown, or
 * another account's, which the inventory does not reveal) fails, so the result names the problem like any other.
 */
export const checkChosenResource = (resource: CloudResource | null, now: Date): Check[] =>
  resource === null
    ? [failed('CLOUD_RESOURCE_FOUND', 'CLOUD_RESOURCE_NOT_FOUND')]
    : [passed('CLOUD_RESOURCE_FOUND'), ...checkCloudResource(resource, now)];

export interface AuthCodeRecord {
  readonly code: string;
  readonly server: CloudResource;
  /** The filing that consumed the code; an abandoned filing releases it (null again). */
  readonly usedByFilingId: string | null;
}

export interface AuthCodeCheckInput {
  /** The lookup result: null when no such code exists. */
  readonly record: AuthCodeRecord | null;
  /** The filing being verified, if it already exists (re-verifying one's own code is not reuse). */
  readonly filingId: string | null;
  /** Websites of this filing that would use the code; one code serves one website. */
  readonly websitesUsingCode: number;
  readonly now: Date;
}

export function checkAuthCode(input: AuthCodeCheckInput): Check[] {
  const { record } = input;
  if (record === null) return [failed('AUTH_CODE_FOUND', 'AUTH_CODE_NOT_FOUND')];
  const unused = record.usedByFilingId === null || record.usedByFilingId === input.filingId;
  return [
    passed('AUTH_CODE_FOUND'),
    unused ? passed('AUTH_CODE_UNUSED') : failed('AUTH_CODE_UNUSED', 'AUTH_CODE_USED'),
    input.websitesUsingCode <= 1 ? passed('AUTH_CODE_SITES') : failed('AUTH_CODE_SITES', 'AUTH_CODE_ONE_SITE_ONLY'),
    ...checkCloudResource(record.server, input.now),
  ];
}

/** Whether the server's owner may issue one more code: at most five per server, and never for an expired one. */
export function canIssueAuthCode(input: { server: CloudResource; existingCodes: number; now: Date }): Result {
  if (input.server.expiresAt.getTime() <= input.now.getTime()) return fail('AUTH_CODE_SERVER_EXPIRED');
  return input.existingCodes < AUTH_CODES_PER_SERVER ? ok() : fail('AUTH_CODE_LIMIT_REACHED');
}
