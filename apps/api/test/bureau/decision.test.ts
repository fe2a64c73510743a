// The bureau's decision, learned by polling MIIT: approval by the simulated bureau's own delay or by an admin on the
// simulator page (→ COMPLETED, the filing numbers told, this provider listed on the websites), and rejection with the
// bureau's reason (→ BUREAU_REJECTED), after which the applicant edits and resubmits to the initial review, and the
// next second approval starts round 2. Every notice is written once per transition, however often the jobs run.
import type { BureauCheckResponse, MaterialList } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUR_ACCESS_PROVIDER } from '../../src/adapters/miit/miit.port.ts';
import { readWebsites } from '../../src/modules/filings/filing-data.ts';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { submitBody, upload } from '../materials/materials-fixtures.ts';
import { postPhoto } from '../photo/photo-fixtures.ts';
import {
  bureauApplicant,
  bureauJobs,
  confirmOnMiit,
  type InBureauSms,
  LONG_SESSIONS,
  minutes,
  SUBJECT_PRINCIPAL,
} from './bureau-fixtures.ts';

// Monday 10:00 Beijing, a working day; the simulated bureau decides 10 minutes after a complete check.
const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
let t: SimulatorTestApp;
let fx: Awaited<ReturnType<typeof bureauApplicant>>;
let jobs: ReturnType<typeof bureauJobs>;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock, LONG_SESSIONS);
  fx = await bureauApplicant(t);
  jobs = bureauJobs(t);
});
afterAll(() => t.close());

const filingOf = (id: string) => t.db.filing.findUniqueOrThrow({ where: { id } });
const roundsOf = (filingId: string) =>
  t.db.bureauSubmission.findMany({ where: { filingId }, orderBy: { round: 'asc' } });
/** How many rows each notice template has for the filing (one per channel: in the console, email, text). */
async function noticeCounts(filingId: string) {
  const rows = await t.db.notification.findMany({ where: { filingId, template: { startsWith: 'BUREAU_' } } });
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.template] = (counts[r.template] ?? 0) + 1;
  return counts;
}
const bureauEvents = async (filingId: string) =>
  (
    await t.db.filingEvent.findMany({
      where: { filingId, event: { in: ['smsConfirmed', 'smsExpired', 'bureauApprove', 'bureauReject'] } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    })
  ).map((e) => e.event);

/** A filing whose SMS check its only verifier has completed at MIIT (not yet polled); MIIT's id for it. */
async function confirmedAtMiit(): Promise<InBureauSms & { externalId: string }> {
  const filing = await fx.inBureauSms();
  await jobs.submit();
  expect((await confirmOnMiit(t, filing.subjectMobile, SUBJECT_PRINCIPAL.certNumber)).outcome).toBe('CONFIRMED');
  const [round] = await roundsOf(filing.id);
  return { ...filing, externalId: round?.externalId as string };
}

const decide = (externalId: string, body: { decision: 'APPROVED' | 'REJECTED'; reason?: string }) =>
  fx.admin.post(`/api/simulator/bureau-submissions/${externalId}/decision`, body);

/** Runs every bureau job a few times, as ticks would. */
async function runJobsRepeatedly() {
  for (let i = 0; i < 3; i += 1) {
    await jobs.simulate();
    await jobs.submit();
    await jobs.poll();
  }
}

describe('bureau approval', () => {
  it('by the bureau’s own delay: COMPLETED with the filing numbers, each notice once', async () => {
    const filing = await confirmedAtMiit();
    await jobs.poll();
    expect((await filingOf(filing.id)).status).toBe('BUREAU_REVIEW');

    clock.advance(minutes(9));
    await jobs.simulate();
    await jobs.poll();
    expect((await filingOf(filing.id)).status).toBe('BUREAU_REVIEW');

    clock.advance(minutes(1));
    await jobs.simulate();
    expect(await jobs.poll()).toMatchObject({ moved: 1 });
    const row = await filingOf(filing.id);
    expect(row).toMatchObject({ status: 'COMPLETED', slaDueAt: null });
    expect((await roundsOf(filing.id))[0]).toMatchObject({ status: 'APPROVED', decidedAt: clock.now() });
    const websiteFilingNos = readWebsites(row.websites).map((w) => w.websiteFilingNo);
    const approved = await t.db.notification.findFirstOrThrow({
      where: { filingId: filing.id, template: 'BUREAU_APPROVED', channel: 'IN_APP' },
    });
    expect(approved.params).toEqual({
      orderNo: filing.orderNo,
      subjectFilingNo: row.subjectFilingNo,
      websiteFilingNos: websiteFilingNos.join('、'),
    });
    // The approval lists this provider on the websites in the MIIT registry.
    const sites = await t.db.simMiitWebsite.findMany({ where: { websiteFilingNo: { in: websiteFilingNos } } });
    expect(sites.every((s) => s.accessProviders.includes(OUR_ACCESS_PROVIDER))).toBe(true);

    await runJobsRepeatedly();
    expect(await noticeCounts(filing.id)).toEqual({ BUREAU_SUBMITTED: 3, BUREAU_SMS_CONFIRMED: 3, BUREAU_APPROVED: 3 });
    expect(await bureauEvents(filing.id)).toEqual(['smsConfirmed', 'bureauApprove']);
    const check = (await fx.applicant.get(`/api/filings/${filing.id}/bureau`)).json() as BureauCheckResponse;
    expect(check.check).toMatchObject({ status: 'APPROVED', decidedAt: clock.now().toISOString() });

    // Delivered: every bureau notice's email and text is worded and sent.
    await t.app.backgroundJobs.dispatchNotifications();
    const undelivered = await t.db.notification.findMany({
      where: { filingId: filing.id, template: { startsWith: 'BUREAU_' }, status: { not: 'SENT' } },
    });
    expect(undelivered).toEqual([]);
    const text = await t.db.simSmsMessage.findFirstOrThrow({
      where: { mobile: filing.subjectMobile, template: 'BUREAU_APPROVED' },
    });
    expect(text.body).toContain(websiteFilingNos[0]);
  });

  it('by an admin at once, before the product polled the complete check: both moves in one poll', async () => {
    const filing = await confirmedAtMiit();
    const res = await decide(filing.externalId, { decision: 'APPROVED' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await filingOf(filing.id)).status).toBe('BUREAU_SMS');

    expect(await jobs.poll()).toMatchObject({ moved: 1 });
    expect((await filingOf(filing.id)).status).toBe('COMPLETED');
    expect(await bureauEvents(filing.id)).toEqual(['smsConfirmed', 'bureauApprove']);
    await runJobsRepeatedly();
    expect(await noticeCounts(filing.id)).toEqual({ BUREAU_SUBMITTED: 3, BUREAU_SMS_CONFIRMED: 3, BUREAU_APPROVED: 3 });
  });
});

describe('bureau rejection', () => {
  it('BUREAU_REJECTED with the reason; the applicant edits, resubmits to INITIAL_REVIEW, and round 2 follows', async () => {
    const filing = await confirmedAtMiit();
    await jobs.poll();
    const reason = '网站名称与网站内容不符，请修改网站名称后重新提交。';
    expect((await decide(filing.externalId, { decision: 'REJECTED', reason })).statusCode).toBe(200);
    clock.advance(minutes(1));
    await jobs.poll();
    const rejected = await filingOf(filing.id);
    expect(rejected).toMatchObject({ status: 'BUREAU_REJECTED', slaDueAt: null });
    expect((await roundsOf(filing.id))[0]).toMatchObject({ status: 'REJECTED', bureauReason: reason });
    const event = await t.db.filingEvent.findFirstOrThrow({ where: { filingId: filing.id, event: 'bureauReject' } });
    expect(event).toMatchObject({ actorRole: 'SYSTEM', toStatus: 'BUREAU_REJECTED', payload: { round: 1, reason } });
    const notice = await t.db.notification.findFirstOrThrow({
      where: { filingId: filing.id, template: 'BUREAU_REJECTED', channel: 'IN_APP' },
    });
    expect(notice.params).toEqual({ orderNo: filing.orderNo, reason });
    const check = (await fx.applicant.get(`/api/filings/${filing.id}/bureau`)).json() as BureauCheckResponse;
    expect(check.check).toMatchObject({ status: 'REJECTED', bureauReason: reason });
    await runJobsRepeatedly();
    expect(await noticeCounts(filing.id)).toEqual({ BUREAU_SUBMITTED: 3, BUREAU_SMS_CONFIRMED: 3, BUREAU_REJECTED: 3 });

    // Unchanged, it may not go back; after an edit (a material uploaded again) it goes to the initial review.
    const unchanged = await fx.applicant.post(`/api/filings/${filing.id}/submit`, submitBody(rejected.version));
    expect(unchanged.statusCode).toBe(409);
    clock.advance(minutes(5));
    const { items } = (await fx.applicant.get(`/api/filings/${filing.id}/materials`)).json() as MaterialList;
    const slot = items.find((i) => i.required);
    if (!slot) throw new Error('No required material');
    const jpeg = await photo('jpeg');
    const uploaded = await upload(
      fx.applicant,
      filing.id,
      { kind: slot.kind, ...(slot.websiteFilingNo ? { websiteFilingNo: slot.websiteFilingNo } : {}) },
      { filename: 'again.jpg', content: jpeg },
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const edited = await filingOf(filing.id);
    const resubmitted = await fx.applicant.post(`/api/filings/${filing.id}/submit`, submitBody(edited.version));
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect((await filingOf(filing.id)).status).toBe('INITIAL_REVIEW');
    const last = await t.db.filingEvent.findFirstOrThrow({
      where: { filingId: filing.id },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
    });
    expect(last).toMatchObject({ event: 'resubmit', fromStatus: 'BUREAU_REJECTED', toStatus: 'INITIAL_REVIEW' });

    // Through both reviews again: the second approval opens round 2.
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const approve = async () => {
      const row = await filingOf(filing.id);
      const assigned = await fx.admin.post(`/api/review/filings/${filing.id}/assign`, {
        reviewerId: reviewer.account.id,
      });
      expect(assigned.statusCode, assigned.body).toBe(200);
      const res = await reviewer.client.post(`/api/review/filings/${filing.id}/approve`, { version: row.version });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().version as number;
    };
    const photoVersion = await approve();
    const sent = await postPhoto(
      fx.applicant,
      `/api/filings/${filing.id}/photo/curtain`,
      { version: String(photoVersion) },
      jpeg,
    );
    expect(sent.statusCode, sent.body).toBe(200);
    await approve();
    expect((await filingOf(filing.id)).status).toBe('BUREAU_SMS');
    expect((await roundsOf(filing.id)).map((r) => [r.round, r.status])).toEqual([
      [1, 'REJECTED'],
      [2, 'PENDING'],
    ]);
  });
});
