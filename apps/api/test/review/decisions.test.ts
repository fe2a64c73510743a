// Initial-review decisions: only the holder of a live claim decides, from the current version; approve and reject
// write their FilingEvent, release the claim and notify the applicant, all or nothing.
import { randomUUID } from 'node:crypto';
import { REVIEW_REASONS, sheetReason } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatorTestApp, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { type Client, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { minutes } from './review-fixtures.ts';
import { submittingApplicant } from './submitting-applicant.ts';

const clock = manualClock(new Date('2026-12-04T02:00:00Z'));
let t: SimulatorTestApp;
let applicant: Client;
let readyDraft: Awaited<ReturnType<typeof submittingApplicant>>['readyDraft'];
let admin: Client;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  ({ applicant, readyDraft } = await submittingApplicant(t));
  admin = (await signedInClient(t.app, t.db, 'ADMIN')).client;
});
afterAll(() => t.close());

/** A filing waiting in initial review, claimed by a fresh reviewer. */
async function claimedFiling() {
  const draft = await readyDraft();
  const filing = await t.db.filing.update({
    where: { id: draft.id },
    data: {
      status: 'INITIAL_REVIEW',
      submittedAt: clock.now(),
      slaDueAt: new Date(clock.now().getTime() + 86_400_000),
    },
  });
  const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
  const assigned = await admin.post(`/api/review/filings/${filing.id}/assign`, { reviewerId: reviewer.account.id });
  expect(assigned.statusCode).toBe(200);
  return { filing, reviewer: reviewer.client, reviewerId: reviewer.account.id };
}

const reason = {
  field: 'subject.mailingAddress',
  code: 'MAILING_ADDRESS_INCOMPLETE',
  message: '通信地址不详细。',
  suggestion: '请填写到门牌号的详细地址。',
};

describe('POST /api/review/filings/:id/approve and /reject', () => {
  it('approves: PHOTO_PENDING, an approve event, the claim released, the applicant notified on every channel', async () => {
    const { filing, reviewer, reviewerId } = await claimedFiling();
    const res = await reviewer.post(`/api/review/filings/${filing.id}/approve`, { version: filing.version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: filing.id,
      orderNo: filing.orderNo,
      status: 'PHOTO_PENDING',
      version: filing.version + 1,
    });
    const row = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    expect(row).toMatchObject({ claimedById: null, claimExpiresAt: null });
    const events = await t.db.filingEvent.findMany({ where: { filingId: filing.id } });
    expect(events).toEqual([
      expect.objectContaining({
        event: 'approve',
        fromStatus: 'INITIAL_REVIEW',
        toStatus: 'PHOTO_PENDING',
        actorId: reviewerId,
      }),
    ]);
    const notices = await t.db.notification.findMany({ where: { filingId: filing.id } });
    expect(notices.map((n) => n.channel).sort()).toEqual(['EMAIL', 'IN_APP', 'SMS']);
    expect(notices.every((n) => n.template === 'INITIAL_APPROVED')).toBe(true);
  });

  it('rejects with field-level reasons kept on the event and named in the notifications', async () => {
    const { filing, reviewer } = await claimedFiling();
    const reasons = [
      reason,
      { field: 'materials.VERIFICATION_SHEET', code: 'SHEET_NOT_SIGNED', message: '核验单未签字。' },
    ];
    const res = await reviewer.post(`/api/review/filings/${filing.id}/reject`, { version: filing.version, reasons });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('INITIAL_REJECTED');
    const event = await t.db.filingEvent.findFirstOrThrow({ where: { filingId: filing.id } });
    expect(event).toMatchObject({
      event: 'reject',
      toStatus: 'INITIAL_REJECTED',
      payload: { version: filing.version, reasons },
    });
    const notices = await t.db.notification.findMany({ where: { filingId: filing.id } });
    expect(notices).toHaveLength(3);
    // One sentence in the list format of the language: no reason's own full stop doubled before a separator.
    const reasonsText = '通信地址不详细和核验单未签字。';
    // The catalogue's pick reads in English for an English centre; a reviewer's own words read as written.
    const reasonsEn = 'The mailing address is not detailed enough. 核验单未签字.';
    for (const notice of notices) {
      expect(notice.params).toEqual({ orderNo: filing.orderNo, reasons: reasonsText, reasonsEn });
    }
    await t.app.backgroundJobs.dispatchNotifications();
    const text = await t.db.simSmsMessage.findFirstOrThrow({
      where: { template: 'INITIAL_REJECTED', body: { contains: filing.orderNo } },
    });
    expect(text.body).toBe(
      `【本云备案】您的备案订单 ${filing.orderNo} 初审未通过：${reasonsText}请登录控制台按提示修改后重新提交。`,
    );
    const mail = await t.db.simMailMessage.findFirstOrThrow({
      where: { subject: `备案订单 ${filing.orderNo} 初审未通过` },
    });
    expect(mail.body).toContain(`原因如下：\n${reasonsText}\n`);
  });

  it('words catalogue reasons picked in an English console in Chinese for the texts, and in English for the centre', async () => {
    const { filing, reviewer } = await claimedFiling();
    const cert = REVIEW_REASONS.find((r) => r.code === 'CERT_EXPIRED');
    const sheet = sheetReason(['SIGNATURE', 'SEAL']);
    if (!cert) throw new Error('no CERT_EXPIRED in the catalogue');
    const reasons = [
      { field: 'materials.SUBJECT_CERT', code: cert.code, ...cert.en },
      { field: 'materials.VERIFICATION_SHEET', code: sheet.code, message: sheet.en.message },
      { field: 'subject.mailingAddress', code: 'OTHER', message: 'Room number missing' },
    ];
    const res = await reviewer.post(`/api/review/filings/${filing.id}/reject`, { version: filing.version, reasons });
    expect(res.statusCode).toBe(200);
    const event = await t.db.filingEvent.findFirstOrThrow({ where: { filingId: filing.id } });
    expect(event).toMatchObject({ payload: { reasons } });
    const reasonsText = '证件已过有效期、核验单未按要求签字（或缺少盖章）和Room number missing。';
    const reasonsEn =
      'The certificate has expired. The verification sheet is not signed as required (or lacks the seal). Room number missing.';
    const notices = await t.db.notification.findMany({ where: { filingId: filing.id } });
    expect(notices).toHaveLength(3);
    for (const notice of notices) {
      expect(notice.params).toEqual({ orderNo: filing.orderNo, reasons: reasonsText, reasonsEn });
    }
    await t.app.backgroundJobs.dispatchNotifications();
    const text = await t.db.simSmsMessage.findFirstOrThrow({
      where: { template: 'INITIAL_REJECTED', body: { contains: filing.orderNo } },
    });
    expect(text.body).toContain(`初审未通过：${reasonsText}`);
  });

  it('refuses a rejection without a reason, or with a reason on no field', async () => {
    const { filing, reviewer } = await claimedFiling();
    const url = `/api/review/filings/${filing.id}/reject`;
    expect((await reviewer.post(url, { version: filing.version, reasons: [] })).statusCode).toBe(400);
    expect((await reviewer.post(url, { version: filing.version })).statusCode).toBe(400);
    const noField = await reviewer.post(url, { version: filing.version, reasons: [{ ...reason, field: 'nowhere' }] });
    expect(noField.statusCode).toBe(400);
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).status).toBe('INITIAL_REVIEW');
  });

  it('lets neither the applicant nor a reviewer without the claim decide, and refuses a stale version', async () => {
    const { filing, reviewer } = await claimedFiling();
    const approve = (client: Client, version = filing.version) =>
      client.post(`/api/review/filings/${filing.id}/approve`, { version });
    expect((await approve(applicant)).statusCode).toBe(403);

    const other = await signedInClient(t.app, t.db, 'REVIEWER');
    const unclaimed = await approve(other.client);
    expect(unclaimed.statusCode).toBe(409);
    expect(unclaimed.json()).toMatchObject({ code: 'LEASE_NOT_HELD' });
    expect(unclaimed.json().detail).toContain('claim it from the queue');

    // Any version but the current one is stale (a version below 1 is not one at all: 400, below).
    const stale = await approve(reviewer, filing.version + 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');

    clock.advance(minutes(31));
    const lapsed = await approve(reviewer);
    expect(lapsed.statusCode).toBe(409);
    expect(lapsed.json().detail).toContain('lapsed');

    expect(await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).toMatchObject({
      status: 'INITIAL_REVIEW',
      version: filing.version,
    });
    expect(await t.db.filingEvent.count({ where: { filingId: filing.id } })).toBe(0);
    expect(await t.db.notification.count({ where: { filingId: filing.id } })).toBe(0);
  });

  it('takes only the fields a decision has, and only a version that can exist', async () => {
    const { filing, reviewer } = await claimedFiling();
    const base = `/api/review/filings/${filing.id}`;
    const refused = async (url: string, body: unknown) => {
      const res = await reviewer.post(url, body);
      expect(res.statusCode, res.body).toBe(400);
      return (res.json().errors as { path: string }[]).map((e) => e.path);
    };
    expect(await refused(`${base}/approve`, { version: filing.version, comment: 'ok' })).toEqual(['comment']);
    expect(await refused(`${base}/approve`, { version: -1 })).toEqual(['version']);
    expect(await refused(`${base}/approve`, { version: 0 })).toEqual(['version']);
    expect(await refused(`${base}/reject`, { version: filing.version, reasons: [{ ...reason, severity: 9 }] })).toEqual(
      ['reasons.0.severity'],
    );
    expect(await refused(`${base}/reject`, { version: filing.version, reasons: [reason], notify: false })).toEqual([
      'notify',
    ]);
    const assign = await admin.post(`${base}/assign`, { reviewerId: randomUUID(), note: 'x' });
    expect(assign.statusCode).toBe(400);
    expect(assign.json().errors).toEqual([{ path: 'note', message: 'This field is not accepted here.' }]);
    expect(await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).toMatchObject({
      status: 'INITIAL_REVIEW',
      version: filing.version,
    });
  });
});

describe('GET /api/review/reasons', () => {
  it('lists the catalogue with the applicant’s words in both languages', async () => {
    const { client } = await signedInClient(t.app, t.db, 'REVIEWER');
    const { reasons } = (await client.get('/api/review/reasons')).json();
    expect(reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining([
        'DOMAIN_REGISTRANT_MISMATCH',
        'WEBSITE_NAME_NOT_ALLOWED',
        'CERT_EXPIRED',
        'PHOTO_UNCLEAR',
      ]),
    );
    expect(reasons[0].zh.message).toMatch(/域名/);
    expect((await applicant.get('/api/review/reasons')).statusCode).toBe(403);
  });
});
