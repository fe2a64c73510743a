// Contract-shaped answers of the filing API for the wizard's tests: a draft access filing and the account's resources.
import type { CheckResult, CloudResourceView, FilingDetail, VerifyResponse } from '@beian/contracts';

export const FILING_ID = '3f1c1b7e-2b7a-4a1e-9a33-2f6f0b1f2c11';

const passed = (name: string, reason?: string): CheckResult =>
  reason ? { name, status: 'pass', reason } : { name, status: 'pass' };

export const VERIFY_CHECKS: CheckResult[] = [
  'CERT_TYPE',
  'CERTIFICATE',
  'DOMAIN_NAME',
  'DOMAIN_SUFFIX',
  'DOMAIN_RECORD',
  'DOMAIN_EXPIRY',
  'DOMAIN_REGISTRAR',
  'DOMAIN_REAL_NAME',
  'DOMAIN_REGISTRANT',
  'CLOUD_REGION',
  'CLOUD_BILLING',
  'CLOUD_TERM',
  'CLOUD_BANDWIDTH',
  'CLOUD_EXPIRY',
].map((name) => passed(name));

export function resource(
  overrides: Partial<CloudResourceView> & Pick<CloudResourceView, 'id' | 'name'>,
): CloudResourceView {
  return {
    kind: 'CVM',
    instanceId: `ins-${overrides.id}`,
    region: 'ap-guangzhou',
    mainland: true,
    billing: 'PREPAID',
    monthsPurchased: 12,
    publicBandwidthMbps: 5,
    publicIp: '119.29.10.21',
    expiresAt: '2027-09-25T00:00:00.000Z',
    checks: ['CLOUD_REGION', 'CLOUD_BILLING', 'CLOUD_TERM', 'CLOUD_BANDWIDTH', 'CLOUD_EXPIRY'].map((name) =>
      passed(name),
    ),
    eligible: true,
    ...overrides,
  };
}

export const RESOURCES: CloudResourceView[] = [
  resource({ id: 'res-gz', name: '演示-广州-包年12个月' }),
  resource({
    id: 'res-bj',
    name: '演示-北京-按量计费',
    billing: 'POSTPAID',
    monthsPurchased: 0,
    eligible: false,
    checks: [
      passed('CLOUD_REGION'),
      { name: 'CLOUD_BILLING', status: 'fail', reason: 'CLOUD_PAY_AS_YOU_GO' },
      { name: 'CLOUD_TERM', status: 'fail', reason: 'CLOUD_TERM_TOO_SHORT' },
    ],
  }),
  resource({
    id: 'res-hk',
    name: '演示-中国香港-包年12个月',
    mainland: false,
    eligible: false,
    checks: [{ name: 'CLOUD_REGION', status: 'fail', reason: 'CLOUD_REGION_NOT_MAINLAND' }],
  }),
];

export function filingDetail(overrides: Partial<FilingDetail> = {}): FilingDetail {
  return {
    id: FILING_ID,
    orderNo: 'BA2026112900007',
    type: 'ACCESS',
    status: 'DRAFT',
    version: 3,
    province: '31',
    domain: 'pujiang-demo.com.cn',
    subjectFilingNo: '沪ICP备2015012345号',
    nextAction: 'FILL_SUBJECT',
    submittedAt: null,
    reviewDueAt: null,
    createdAt: '2026-11-29T02:00:00.000Z',
    updatedAt: '2026-11-29T02:10:00.000Z',
    verify: {
      nature: 'ENTERPRISE',
      certType: 'BUSINESS_LICENSE',
      certNumberMasked: '9131**********01XD',
      domain: 'pujiang-demo.com.cn',
      domainAscii: 'pujiang-demo.com.cn',
      cloudService: { kind: 'RESOURCE', resourceId: 'res-gz' },
      checks: VERIFY_CHECKS,
    },
    subject: {
      originalPrincipalName: '周立群',
      originalPrincipalMatches: true,
      certificateAddress: '上海市浦东新区示例路 88 号',
      mailingAddress: null,
      principal: {
        name: '周立群',
        certType: 'RESIDENT_ID',
        certNumberMasked: '3101**********2018',
        mobileMasked: '138****5678',
        mobile: '13812345678',
        email: 'zhou@example.com',
        emergencyPhone: '021-55667788',
      },
      passwordVerified: false,
      lockedUntil: null,
      passwordTriesLeft: 5,
      mobileVerified: false,
      complete: false,
    },
    websites: [],
    steps: { verify: true, subject: false, websites: false },
    ...overrides,
  };
}

export function verifyResponse(overrides: Partial<VerifyResponse> = {}): VerifyResponse {
  const { verify: _verify, subject: _subject, websites: _websites, steps: _steps, ...summary } = filingDetail();
  return {
    outcome: 'pass',
    detectedType: 'ACCESS',
    subjectFilingNo: '沪ICP备2015012345号',
    checks: [...VERIFY_CHECKS, passed('FILING_TYPE', 'FILING_TYPE_FILED_ELSEWHERE')],
    filing: summary,
    ...overrides,
  };
}
