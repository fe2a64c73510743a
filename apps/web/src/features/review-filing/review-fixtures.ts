// Contract-shaped answers of the review API for this feature's tests, and the reviewer's fake API around them.
import type { ReviewFilingDetail, ReviewReasonCatalogue } from '@beian/contracts';
import { account, fakeApi, json } from '../../test/fake-api.ts';
import { filingDetail } from '../../test/filing-fixtures.ts';

type Handler = Parameters<typeof fakeApi>[0][string];

export const REVIEW_ID = '7a4e2c1d-5b6f-4c3d-8e9f-0a1b2c3d4e5f';
export const SHEET_ID = '9c8b7a6d-0000-4000-8000-000000000001';
export const ID_FRONT_ID = '9c8b7a6d-0000-4000-8000-000000000002';
const SITE_NO = '沪ICP备2015012345号-1';

export const reviewDetail = (overrides: Partial<ReviewFilingDetail> = {}): ReviewFilingDetail => {
  const base = filingDetail();
  return {
    filing: {
      ...base,
      id: REVIEW_ID,
      status: 'INITIAL_REVIEW',
      version: 9,
      province: '44',
      subject: { ...base.subject, mailingAddress: '上海市浦东新区示例路 88 号 5 楼', complete: true },
      websites: [
        {
          websiteFilingNo: SITE_NO,
          name: '浦江示例官网',
          domains: ['pujiang-demo.com.cn'],
          homepageUrl: 'https://pujiang-demo.com.cn',
          accessProviders: [],
          confirmed: true,
          cloudService: null,
          cloudServiceChecks: [],
          principal: { sameAsSubject: true },
          complete: true,
        },
      ],
    },
    claim: {
      claimedBy: { id: account('REVIEWER').id, displayName: 'Demo reviewer' },
      expiresAt: '2026-11-29T06:30:00.000Z',
    },
    registry: {
      subjectFilingNo: '沪ICP备2015012345号',
      name: '上海浦江示例科技有限公司',
      nature: 'ENTERPRISE',
      certType: 'BUSINESS_LICENSE',
      certMasked: '9131**********01XD',
      // The registry holds another principal: the one line that differs.
      principalName: '周立强',
      certificateAddress: '上海市浦东新区示例路 88 号',
      mailingAddress: '上海市浦东新区示例路８８号　５楼',
      websites: [
        {
          websiteFilingNo: SITE_NO,
          name: '浦江示例官网',
          domains: ['pujiang-demo.com.cn'],
          homepageUrl: 'https://pujiang-demo.com.cn',
          contentType: 'GENERAL',
        },
      ],
    },
    domainRecord: {
      domain: 'pujiang-demo.com.cn',
      unicode: 'pujiang-demo.com.cn',
      registrar: '示例注册商',
      registrarApproved: true,
      registeredAt: '2015-03-01T00:00:00.000Z',
      expiresAt: '2027-03-01T00:00:00.000Z',
      realNameVerified: true,
      registrant: { name: '上海浦江示例科技有限公司', certType: 'BUSINESS_LICENSE', certMasked: '9131**********01XD' },
    },
    materials: [
      {
        id: ID_FRONT_ID,
        kind: 'SUBJECT_PRINCIPAL_ID_FRONT',
        websiteFilingNo: null,
        category: null,
        contentType: 'image/jpeg',
        bytes: 120_000,
        width: 1600,
        height: 1000,
        sha256: 'a'.repeat(64),
        uploadedAt: '2026-11-28T05:00:00.000Z',
        contentUrl: `/api/materials/${ID_FRONT_ID}/content`,
      },
      {
        id: SHEET_ID,
        kind: 'VERIFICATION_SHEET',
        websiteFilingNo: null,
        category: null,
        contentType: 'image/png',
        bytes: 300_000,
        width: 1240,
        height: 1754,
        sha256: 'b'.repeat(64),
        uploadedAt: '2026-11-28T05:05:00.000Z',
        contentUrl: `/api/materials/${SHEET_ID}/content`,
      },
    ],
    sheetRequirements: ['SIGNATURE', 'HANDWRITTEN_PLEDGE'],
    history: [],
    resubmission: null,
    ...overrides,
  };
};

export const catalogue: ReviewReasonCatalogue = {
  reasons: [
    {
      code: 'MAILING_ADDRESS_INCOMPLETE',
      field: 'subject.mailingAddress',
      zh: { message: '通信地址不详细。', suggestion: '请填写到门牌号的详细地址。' },
      en: { message: 'The mailing address is not detailed enough.', suggestion: 'Give the full address.' },
    },
    {
      code: 'OTHER',
      field: 'subject',
      zh: { message: '其他问题。', suggestion: '请按审核意见修改。' },
      en: { message: 'Another problem.', suggestion: 'Change what the reviewer describes.' },
    },
  ],
};

/** A reviewer holding the claim on REVIEW_ID; `routes` add or replace answers. */
export function reviewerOnFiling(routes: Record<string, Handler> = {}, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const base = `/api/review/filings/${REVIEW_ID}`;
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('REVIEWER', { locale }) }),
    [`GET ${base}`]: () => json(200, reviewDetail()),
    [`POST ${base}/lease`]: () =>
      json(200, {
        filingId: REVIEW_ID,
        claimedBy: { id: account('REVIEWER').id, displayName: 'Demo reviewer' },
        expiresAt: '2026-11-29T07:00:00.000Z',
      }),
    [`DELETE ${base}/lease`]: () => new Response(null, { status: 204 }),
    'GET /api/review/reasons': () => json(200, catalogue),
    ...routes,
  });
}
