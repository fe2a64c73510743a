// Demo cases for the cloud service of the verify step (the demo applicant's resources and typed auth codes), all
// with the passing subject and domain of pass-personal, and for issuing auth codes on the applicant's own servers.
import { DEMO_RESOURCE_SET } from '../../adapters/cloud/demo-resources.ts';
import { DEMO_APPLICANT_EXTRA_SERVERS } from './cloud-resources.seed.ts';
import {
  bySubject,
  type DemoCase,
  type DemoCloud,
  type DemoOutcome,
  type ExpectedCheck,
  fail,
  warn,
} from './demo-case.ts';

export function cloudCases(): DemoCase[] {
  const [noBandwidth, expired] = DEMO_APPLICANT_EXTRA_SERVERS;
  const c = (id: string, outcome: DemoOutcome, cloud: DemoCloud, expected: ExpectedCheck[], note: string) =>
    bySubject('chenXiaoming', { id, outcome, cloud, expected, note });
  return [
    c(
      'cloud-overseas',
      'CLOUD',
      { resource: DEMO_RESOURCE_SET.overseasCvm.name },
      [fail('CLOUD_REGION', 'CLOUD_REGION_NOT_MAINLAND')],
      'Hong Kong is not mainland China.',
    ),
    c(
      'cloud-pay-as-you-go',
      'CLOUD',
      { resource: DEMO_RESOURCE_SET.payAsYouGoCvm.name },
      [fail('CLOUD_BILLING', 'CLOUD_PAY_AS_YOU_GO'), fail('CLOUD_TERM', 'CLOUD_TERM_TOO_SHORT')],
      'Pay-as-you-go is not accepted; nothing prepaid means no term either.',
    ),
    c(
      'cloud-short-term',
      'CLOUD',
      { resource: DEMO_RESOURCE_SET.shortTermCvm.name },
      [fail('CLOUD_TERM', 'CLOUD_TERM_TOO_SHORT'), warn('CLOUD_EXPIRY', 'CLOUD_EXPIRING_SOON')],
      'One month bought; at least three are needed (and it expires within 60 days).',
    ),
    c(
      'cloud-no-bandwidth',
      'CLOUD',
      { resource: noBandwidth?.spec.name ?? '' },
      [fail('CLOUD_BANDWIDTH', 'CLOUD_NO_PUBLIC_BANDWIDTH')],
      'The server has no public bandwidth.',
    ),
    c(
      'cloud-expired',
      'CLOUD',
      { resource: expired?.spec.name ?? '' },
      [fail('CLOUD_EXPIRY', 'CLOUD_EXPIRED')],
      'The server expired 10 days ago.',
    ),
    c(
      'auth-code-used',
      'AUTH_CODE',
      { authCode: 'DEMO-USED-0001' },
      [fail('AUTH_CODE_UNUSED', 'AUTH_CODE_USED')],
      'Another filing has used this code.',
    ),
    c(
      'auth-code-server-expired',
      'AUTH_CODE',
      { authCode: 'DEMO-EXPD-0001' },
      [fail('CLOUD_EXPIRY', 'CLOUD_EXPIRED')],
      'The code’s server expired 15 days ago, which voids the code.',
    ),
    c(
      'auth-code-unknown',
      'AUTH_CODE',
      { authCode: 'DEMO-NONE-0000' },
      [fail('AUTH_CODE_FOUND', 'AUTH_CODE_NOT_FOUND')],
      'No such code.',
    ),
  ];
}

/** Issuing a code on one of the demo applicant's own servers (the owner's side of auth codes). */
export interface DemoIssueCase {
  readonly id: string;
  readonly resource: string;
  readonly expected: 'AUTH_CODE_LIMIT_REACHED' | 'AUTH_CODE_SERVER_EXPIRED' | null;
  readonly note: string;
}

export const DEMO_ISSUE_CASES: readonly DemoIssueCase[] = [
  { id: 'issue-ok', resource: DEMO_RESOURCE_SET.eligibleCvm.name, expected: null, note: 'A new code is issued.' },
  {
    id: 'issue-limit',
    resource: DEMO_APPLICANT_EXTRA_SERVERS[2]?.spec.name ?? '',
    expected: 'AUTH_CODE_LIMIT_REACHED',
    note: 'Five codes exist for this server already.',
  },
  {
    id: 'issue-expired',
    resource: DEMO_APPLICANT_EXTRA_SERVERS[1]?.spec.name ?? '',
    expected: 'AUTH_CODE_SERVER_EXPIRED',
    note: 'No codes for an expired server.',
  },
];
