// Every outcome of the verify step that the seed can show, as what to type and what the applicant then sees.
// docs/demo-data.md is rendered from this list and a test feeds each case through the @beian/domain checks,
// so the document, the seed and the checks cannot drift apart.
import { DEMO_RESOURCE_SET } from '../../adapters/cloud/demo-resources.ts';
import { bySubject, type DemoCase, FILED_ELSEWHERE, fail, GOOD_CVM, warn } from './demo-case.ts';
import { cloudCases } from './demo-cases-cloud.ts';
import { PROVINCE_SUBJECTS } from './province-subjects.seed.ts';
import { IDS } from './seed-identities.ts';
import { asciiDomain } from './seed-rows.ts';

export type { DemoCase, DemoOutcome } from './demo-case.ts';
export { DEMO_OUTCOMES } from './demo-case.ts';
export { DEMO_ISSUE_CASES, type DemoIssueCase } from './demo-cases-cloud.ts';

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
