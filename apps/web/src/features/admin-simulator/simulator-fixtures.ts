// Contract-shaped answers of /api/simulator for this feature's tests, and the admin's fake API around them.
import type { BureauSubmissionView, SimShipmentList, SimSmsOutbox } from '@beian/contracts';
import { account, fakeApi, json } from '../../test/fake-api.ts';

type Message = SimSmsOutbox['messages'][number];
type Shipment = SimShipmentList['shipments'][number];
type Handler = Parameters<typeof fakeApi>[0][string];

export const SUBMISSION_ID = '5b0c7f2e-4d1a-4c6b-9e2f-1a2b3c4d5e6f';

export const smsMessage = (overrides: Partial<Message> = {}): Message => ({
  id: 'sms-1',
  mobileMasked: '139****5678',
  template: 'VERIFY_CODE',
  purpose: 'PRINCIPAL_MOBILE',
  body: '【本云备案】您的验证码为 482913，5 分钟内有效。如非本人操作，请忽略。',
  sentAt: '2026-11-29T05:05:00.000Z',
  ...overrides,
});

export const submission = (overrides: Partial<BureauSubmissionView> = {}): BureauSubmissionView => ({
  id: SUBMISSION_ID,
  filingId: '00000000-0000-4000-8000-000000000001',
  orderNo: 'BA2026113000001',
  provinceCode: '44',
  status: 'UNDER_REVIEW',
  subject: {
    subjectFilingNo: '粤ICP备2021034567号',
    name: '陈晓明',
    nature: 'PERSONAL',
    certType: 'RESIDENT_ID',
    certMasked: '4403**********1313',
  },
  websites: [{ websiteFilingNo: null, name: '晓明的技术博客', domains: ['chenxiaoming.cn'] }],
  verifiers: [
    {
      role: 'SUBJECT_PRINCIPAL',
      name: '陈晓明',
      mobileMasked: '138****8001',
      wrongCodes: 1,
      confirmedAt: '2026-11-30T03:00:00.000Z',
    },
  ],
  submittedAt: '2026-11-30T02:00:00.000Z',
  smsDeadline: '2026-12-01T02:00:00.000Z',
  smsConfirmedAt: '2026-11-30T03:00:00.000Z',
  codesSentAt: '2026-11-30T02:00:00.000Z',
  failure: null,
  autoDecisionDays: 2,
  autoDecisionMinutes: null,
  autoDecideAt: '2026-12-02T03:00:00.000Z',
  decidedAt: null,
  decidedBy: null,
  reason: null,
  ...overrides,
});

export const shipment = (overrides: Partial<Shipment> = {}): Shipment => ({
  trackingNo: 'SF1234567890123',
  ref: 'curtain-1',
  recipient: '陈晓明',
  address: '广东省深圳市南山区示例路 1 号',
  mobileMasked: '138****8001',
  status: 'PICKED_UP',
  timeline: [
    { status: 'CREATED', at: '2026-11-30T02:00:00.000Z' },
    { status: 'PICKED_UP', at: '2026-11-30T06:00:00.000Z' },
  ],
  createdAt: '2026-11-30T02:00:00.000Z',
  ...overrides,
});

type Lists = {
  messages?: Message[];
  submissions?: BureauSubmissionView[];
  shipments?: Shipment[];
  locale?: 'zh-CN' | 'en-US';
};

/** An admin with the three simulator lists (empty unless given); `extra` adds or replaces routes. */
export function adminWithSimulators(lists: Lists = {}, extra: Record<string, Handler> = {}) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('ADMIN', { locale: lists.locale ?? 'zh-CN' }) }),
    'GET /api/simulator/sms-outbox?limit=50': () => json(200, { messages: lists.messages ?? [] }),
    'GET /api/simulator/bureau-submissions?limit=50': () => json(200, { submissions: lists.submissions ?? [] }),
    'GET /api/simulator/shipments?limit=50': () => json(200, { shipments: lists.shipments ?? [] }),
    ...extra,
  });
}
