// Every outcome of the verify step that the seed can show, as what to type and what the applicant then sees.
// docs/demo-data.md is rendered from this list and a test feeds each case through the @beian/domain checks,
// so the document, the seed and the checks cannot drift apart.
import type { CheckName, FilingType, ReasonCode, SubjectNature } from '@beian/domain';
import { DEMO_RESOURCE_SET } from '../../adapters/cloud/demo-resources.ts';
import { DEMO_APPLICANT_EXTRA_SERVERS } from './cloud-resources.seed.ts';
import { type SeedSubject, SUBJECTS, type SubjectKey } from './miit-subjects.seed.ts';
import { PROVINCE_SUBJECTS } from './province-subjects.seed.ts';
import { IDS, type SeedIdentity } from './seed-identities.ts';
import { asciiDomain } from './seed-rows.ts';

export const DEMO_OUTCOMES = {
  PASS: 'Passes: access filing (接入备案)',
  WARN: 'Passes with a warning for the reviewer',
  DOMAIN: 'Refused: the domain record',
  FILING_TYPE: 'Refused: not an access filing',
  CLOUD: 'Refused: the cloud resource',
  AUTH_CODE: 'Refused: the auth code',
  PROVINCES: 'Passes: one subject in every other province',
} as const;
export type DemoOutcome = keyof typeof DEMO_OUTCOMES;

/** A resource of the demo applicant's list (by its name), or an auth code typed in. */
export type DemoCloud = { readonly resource: string } | { readonly authCode: string };

export interface ExpectedCheck {
  readonly check: CheckName;
  readonly status: 'warn' | 'fail';
  readonly reason: ReasonCode;
}

export interface DemoCase {
  readonly id: string;
  readonly outcome: DemoOutcome;
  readonly provinceCode: string;
  readonly nature: SubjectNature;
  readonly holder: SeedIdentity;
  readonly domain: string;
  readonly cloud: DemoCloud;
  /** What detectFilingType finds (null: the domain belongs to another subject's filing). */
  readonly filingType: FilingType | null;
  /** Every check that does not pass, in check order; empty when all pass. */
  readonly expected: readonly ExpectedCheck[];
  /** What the applicant should understand from the result. */
  readonly note: string;
}

const GOOD_CVM: DemoCloud = { resource: DEMO_RESOURCE_SET.eligibleCvm.name };
const fail = (check: CheckName, reason: ReasonCode): ExpectedCheck => ({ check, status: 'fail', reason });
const warn = (check: CheckName, reason: ReasonCode): ExpectedCheck => ({ check, status: 'warn', reason });

type CaseParts = Omit<DemoCase, 'provinceCode' | 'nature' | 'holder' | 'domain' | 'filingType'> & {
  domain?: string;
  filingType?: FilingType | null;
};

/** A case typed as the filed subject `key` would, with its first domain unless another is given. */
function bySubject(key: SubjectKey, parts: CaseParts): DemoCase {
  const subject: SeedSubject = SUBJECTS[key];
  return {
    provinceCode: subject.provinceCode,
    nature: subject.nature,
    holder: subject.holder,
    domain: subject.websites[0]?.domains[0] ?? '',
    filingType: 'ACCESS',
    ...parts,
  };
}

const FILED_ELSEWHERE = 'The subject and the domain are filed at another provider: an access filing, all checks pass.';

export const DEMO_CASES: readonly DemoCase[] = [
  // Passing cases: personal, enterprise with several websites, government, public institution, IDN, fingerprint provinces
  bySubject('chenXiaoming', {
    id: 'pass-personal',
    outcome: 'PASS',
    cloud: GOOD_CVM,
    expected: [],
    note: FILED_ELSEWHERE,
  }),
  bySubject('pujiang', {
    id: 'pass-enterprise-three-sites',
    outcome: 'PASS',
    cloud: { resource: DEMO_RESOURCE_SET.siteHosting.name },
    expected: [],
    note: 'A company with three filed websites, on a site-hosting plan; the websites step lists all three.',
  }),
  bySubject('dongchengCentre', {
    id: 'pass-government',
    outcome: 'PASS',
    cloud: GOOD_CVM,
    expected: [],
    note: FILED_ELSEWHERE,
  }),
  bySubject('xianCollege', {
    id: 'pass-institution',
    outcome: 'PASS',
    cloud: GOOD_CVM,
    expected: [],
    note: FILED_ELSEWHERE,
  }),
  bySubject('hangzhouNet', {
    id: 'pass-idn',
    outcome: 'PASS',
    domain: '示例.中国',
    cloud: { authCode: 'DEMO-AUTH-0001' },
    expected: [],
    note: `An IDN under .中国 (looked up as ${asciiDomain('示例.中国')}) with an auth code on a partner’s server.`,
  }),
  bySubject('ayigul', {
    id: 'pass-xinjiang',
    outcome: 'PASS',
    cloud: GOOD_CVM,
    expected: [],
    note: 'Xinjiang: the verification sheet will ask for a fingerprint.',
  }),
  bySubject('liuJianhua', {
    id: 'pass-jiangxi',
    outcome: 'PASS',
    cloud: GOOD_CVM,
    expected: [],
    note: 'Jiangxi: the verification sheet will ask for a fingerprint.',
  }),
  // Warnings
  bySubject('changshaFood', {
    id: 'warn-shareholder',
    outcome: 'WARN',
    cloud: GOOD_CVM,
    expected: [warn('DOMAIN_REGISTRANT', 'DOMAIN_REGISTRANT_RELATED_PERSON')],
    note: 'The domain is registered to 赵强, a shareholder of the company: allowed, flagged for the reviewer.',
  }),
  bySubject('weiLi', {
    id: 'warn-domain-expiring',
    outcome: 'WARN',
    cloud: GOOD_CVM,
    expected: [warn('DOMAIN_EXPIRY', 'DOMAIN_EXPIRING_SOON')],
    note: 'The domain expires in 30 days: renew it before the bureau review.',
  }),
  // The domain record
  bySubject('wangFang', {
    id: 'domain-expired',
    outcome: 'DOMAIN',
    cloud: GOOD_CVM,
    expected: [fail('DOMAIN_EXPIRY', 'DOMAIN_EXPIRED')],
    note: 'The domain expired 20 days ago.',
  }),
  bySubject('nanjingSoft', {
    id: 'domain-registrar-not-approved',
    outcome: 'DOMAIN',
    cloud: GOOD_CVM,
    expected: [fail('DOMAIN_REGISTRAR', 'DOMAIN_REGISTRAR_NOT_APPROVED')],
    note: 'Registered at GoDaddy, which is not a MIIT-approved registrar: transfer the domain first.',
  }),
  bySubject('zhangWei', {
    id: 'domain-not-real-name',
    outcome: 'DOMAIN',
    cloud: GOOD_CVM,
    expected: [fail('DOMAIN_REAL_NAME', 'DOMAIN_NOT_REAL_NAME_VERIFIED')],
    note: 'The registrar has not verified the registrant’s real name.',
  }),
  bySubject('fuzhouTrade', {
    id: 'domain-registrant-name',
    outcome: 'DOMAIN',
    cloud: GOOD_CVM,
    expected: [fail('DOMAIN_REGISTRANT', 'DOMAIN_REGISTRANT_NAME_MISMATCH')],
    note: 'The domain is still registered under the company’s former name 福州示例商贸有限公司.',
  }),
  bySubject('liNa', {
    id: 'domain-registrant-cert',
    outcome: 'DOMAIN',
    cloud: GOOD_CVM,
    expected: [fail('DOMAIN_REGISTRANT', 'DOMAIN_REGISTRANT_CERT_MISMATCH')],
    note: 'Same name, another person: the registrant’s ID number is not the subject’s.',
  }),
  bySubject('sunLei', {
    id: 'domain-suffix',
    outcome: 'DOMAIN',
    domain: 'sunlei.io',
    filingType: 'NEW_WEBSITE',
    cloud: GOOD_CVM,
    expected: [
      fail('DOMAIN_SUFFIX', 'DOMAIN_SUFFIX_NOT_APPROVED'),
      fail('FILING_TYPE', 'FILING_TYPE_DOMAIN_NOT_FILED'),
    ],
    note: '.io is not on the MIIT suffix list, so the domain can never be filed (and it is not).',
  }),
  // The filing type
  bySubject('huangJing', {
    id: 'type-new-website',
    outcome: 'FILING_TYPE',
    domain: 'huangjing-shop.cn',
    filingType: 'NEW_WEBSITE',
    cloud: GOOD_CVM,
    expected: [fail('FILING_TYPE', 'FILING_TYPE_DOMAIN_NOT_FILED')],
    note: 'The subject is filed, this domain is not: a new-website filing (新增网站), not carried through yet.',
  }),
  {
    id: 'type-first',
    outcome: 'FILING_TYPE',
    provinceCode: '37',
    nature: 'PERSONAL',
    holder: IDS.wuMin,
    domain: 'wumin-studio.cn',
    filingType: 'FIRST',
    cloud: GOOD_CVM,
    expected: [fail('FILING_TYPE', 'FILING_TYPE_SUBJECT_NOT_FILED')],
    note: 'The subject has never filed: a first filing (首次备案), not carried through yet.',
  },
  bySubject('zhengzhouLogistics', {
    id: 'type-accessed-here',
    outcome: 'FILING_TYPE',
    filingType: 'NEW_ACCESS',
    cloud: GOOD_CVM,
    expected: [fail('FILING_TYPE', 'FILING_TYPE_ALREADY_ACCESSED_HERE')],
    note: 'The website is already accessed at this provider (本云服务商).',
  }),
  bySubject('liuYang', {
    id: 'type-no-access-provider',
    outcome: 'FILING_TYPE',
    filingType: 'NEW_ACCESS',
    cloud: GOOD_CVM,
    expected: [fail('FILING_TYPE', 'FILING_TYPE_NO_ACCESS_PROVIDER')],
    note: 'The website has no access provider left (空壳网站): a new-access filing (新增接入).',
  }),
  bySubject('maChao', {
    id: 'type-other-subject',
    outcome: 'FILING_TYPE',
    domain: 'machao-photo.com',
    filingType: null,
    cloud: GOOD_CVM,
    expected: [fail('FILING_TYPE', 'DOMAIN_FILED_BY_OTHER_SUBJECT')],
    note: 'The domain is registered to 马超 but still listed in 合肥示例影像有限公司’s filing: that filing must drop it first.',
  }),
  // The cloud resource (all with the passing subject and domain of pass-personal)
  ...cloudCases(),
  // One subject per remaining province
  ...PROVINCE_SUBJECTS.map(
    (s): DemoCase => ({
      id: `province-${s.provinceCode}`,
      outcome: 'PROVINCES',
      provinceCode: s.provinceCode,
      nature: s.nature,
      holder: s.holder,
      domain: s.websites[0]?.domains[0] ?? '',
      filingType: 'ACCESS',
      cloud: GOOD_CVM,
      expected: [],
      note: FILED_ELSEWHERE,
    }),
  ),
];

function cloudCases(): DemoCase[] {
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
