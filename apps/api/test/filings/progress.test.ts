// GET /api/filings/:id/progress: the applicant's timeline of a filing moved through real transitions (submission,
// the initial review's rejection and approval, the photo, the second review), its expected ends in Beijing working
// days, the overdue mark, the returns, the next action, and who may read it.
import type { FilingDetail, FilingList, FilingProgress, ProgressStage } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { expectAnsweredAsMissing } from '../helpers/answered-as-missing.ts';
import { type Client, createClient, signedInClient, TEST_PASSWORD } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { submitBody } from '../materials/materials-fixtures.ts';
import { photoApplicant, postPhoto } from '../photo/photo-fixtures.ts';
import { createSimulatorTestApp, type SimulatorTestApp } from './filing-fixtures.ts';

// Monday 7 December 2026, 10:00 Beijing: a review handed over now is due by the end of Tuesday.
const MONDAY_10 = new Date('2026-12-07T02:00:00Z');
const END_OF_TUESDAY = '2026-12-08T16:00:00.000Z';
const clock = manualClock(MONDAY_10);
let t: SimulatorTestApp;
let fx: Awaited<ReturnType<typeof photoApplicant>>;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  fx = await photoApplicant(t);
});
afterAll(() => t.close());

async function progressOf(filingId: string, client: Client = fx.applicant): Promise<FilingProgress> {
  const res = await client.get(`/api/filings/${filingId}/progress`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as FilingProgress;
}
const stage = (p: FilingProgress, key: ProgressStage['key']) => p.stages.find((s) => s.key === key);
const states = (p: FilingProgress) => p.stages.map((s) => s.state);

const reason = {
  field: 'subject.mailingAddress',
  code: 'MAILING_ADDRESS_INCOMPLETE',
  message: '通信地址不详细。',
  suggestion: '请填写到门牌号的详细地址。',
};

describe('GET /api/filings/:id/progress', () => {
  it('shows a draft at the application stage, with the step the applicant must do next', async () => {
    clock.set(MONDAY_10);
    const draft = await fx.readyDraft();
    const progress = await progressOf(draft.id);
    expect(states(progress)).toEqual(['CURRENT', ...Array(6).fill('UPCOMING')]);
    expect(progress.nextAction).toBe('UPLOAD_MATERIALS');
    expect(progress.stages.map((s) => s.party)).toEqual([
      'APPLICANT',
      'PROVIDER',
      'APPLICANT',
      'PROVIDER',
      'VERIFIERS',
      'BUREAU',
      'BUREAU',
    ]);
  });

  it('expects the initial review by the end of the next working day, and marks it overdue after', async () => {
    clock.set(MONDAY_10);
    const submitted = await fx.submitted();
    const progress = await progressOf(submitted.id);
    expect(states(progress)).toEqual(['DONE', 'CURRENT', ...Array(5).fill('UPCOMING')]);
    expect(progress.nextAction).toBe('WAIT_FOR_REVIEW');
    expect(stage(progress, 'APPLICATION')?.endedAt).toBe(MONDAY_10.toISOString());
    expect(stage(progress, 'INITIAL_REVIEW')).toEqual({
      key: 'INITIAL_REVIEW',
      party: 'PROVIDER',
      state: 'CURRENT',
      startedAt: MONDAY_10.toISOString(),
      endedAt: null,
      expectedBy: END_OF_TUESDAY,
      overdue: false,
      returns: 0,
    });

    // Sessions last 12 hours: the applicant signs in again when the review is due.
    clock.set(new Date(END_OF_TUESDAY));
    const { email } = await t.db.account.findUniqueOrThrow({ where: { id: fx.applicantId } });
    const later = createClient(t.app);
    expect((await later.login(email, TEST_PASSWORD)).statusCode).toBe(200);
    expect(stage(await progressOf(submitted.id, later), 'INITIAL_REVIEW')?.overdue).toBe(true);
  });

  it('sends a rejected filing back to the applicant, counting the return', async () => {
    clock.set(MONDAY_10);
    const draft = await fx.readyDraft();
    const submitted = await fx.applicant.post(`/api/filings/${draft.id}/submit`, submitBody(draft.version));
    expect(submitted.statusCode, submitted.body).toBe(200);
    clock.advance(3_600_000);
    await fx.admin.post(`/api/review/filings/${draft.id}/assign`, { reviewerId: fx.reviewer.account.id });
    const rejected = await fx.reviewer.client.post(`/api/review/filings/${draft.id}/reject`, {
      version: submitted.json().version,
      reasons: [reason],
    });
    expect(rejected.statusCode, rejected.body).toBe(200);

    const progress = await progressOf(draft.id);
    expect(states(progress)).toEqual(['RETURNED', ...Array(6).fill('UPCOMING')]);
    expect(progress.nextAction).toBe('FIX_REJECTION');
    expect(stage(progress, 'APPLICATION')).toMatchObject({ returns: 1, expectedBy: null, overdue: false });
    // The review keeps the times of the round that sent it back.
    expect(stage(progress, 'INITIAL_REVIEW')).toMatchObject({
      state: 'UPCOMING',
      startedAt: MONDAY_10.toISOString(),
      endedAt: new Date(MONDAY_10.getTime() + 3_600_000).toISOString(),
    });
  });

  it('follows the filing through the photo and the second review to the MIIT SMS check (24 hours)', async () => {
    clock.set(MONDAY_10);
    const pending = await fx.photoPending();
    const atPhoto = await progressOf(pending.id);
    expect(states(atPhoto)).toEqual(['DONE', 'DONE', 'CURRENT', ...Array(4).fill('UPCOMING')]);
    expect(atPhoto.nextAction).toBe('TAKE_PHOTO');
    expect(stage(atPhoto, 'PHOTO')?.expectedBy).toBeNull();

    clock.advance(3_600_000);
    const sent = await postPhoto(
      fx.applicant,
      `/api/filings/${pending.id}/photo/curtain`,
      { version: String(pending.version) },
      await photo('jpeg'),
    );
    expect(sent.statusCode, sent.body).toBe(200);
    const inSecond = await progressOf(pending.id);
    expect(states(inSecond)).toEqual(['DONE', 'DONE', 'DONE', 'CURRENT', 'UPCOMING', 'UPCOMING', 'UPCOMING']);
    expect(stage(inSecond, 'SECOND_REVIEW')?.expectedBy).toBe(END_OF_TUESDAY);

    clock.advance(3_600_000);
    await fx.admin.post(`/api/review/filings/${pending.id}/assign`, { reviewerId: fx.reviewer.account.id });
    const approvedAt = clock.now();
    const approved = await fx.reviewer.client.post(`/api/review/filings/${pending.id}/approve`, {
      version: sent.json().version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const atSms = await progressOf(pending.id);
    expect(states(atSms)).toEqual(['DONE', 'DONE', 'DONE', 'DONE', 'CURRENT', 'UPCOMING', 'UPCOMING']);
    expect(atSms.nextAction).toBe('CONFIRM_MIIT_SMS');
    expect(stage(atSms, 'MIIT_SMS')).toMatchObject({
      party: 'VERIFIERS',
      startedAt: approvedAt.toISOString(),
      expectedBy: new Date(approvedAt.getTime() + 24 * 3_600_000).toISOString(),
      overdue: false,
    });
  });

  it("answers another applicant's filing as missing, and refuses staff", async () => {
    const draft = await fx.readyDraft();
    const other = await signedInClient(t.app, t.db, 'APPLICANT');
    await expectAnsweredAsMissing((id) => other.client.get(`/api/filings/${id}/progress`), draft.id);
    expect((await fx.reviewer.client.get(`/api/filings/${draft.id}/progress`)).statusCode).toBe(403);
  });
});

describe('GET /api/filings', () => {
  it('lists each filing with the summary and the next step its own page shows, drafts and submitted alike', async () => {
    clock.set(MONDAY_10);
    // A draft whose subject step is no longer done: its mobile number is to be confirmed again.
    const unconfirmed = await fx.readyDraft();
    await t.db.filing.update({ where: { id: unconfirmed.id }, data: { mobileVerifiedAt: null } });
    await fx.readyDraft();
    await fx.submitted();

    const res = await fx.applicant.get('/api/filings');
    expect(res.statusCode, res.body).toBe(200);
    const { filings } = res.json() as FilingList;
    // The list reads fewer columns than a filing's page: every summary must still be the page's own.
    const actions = new Set(filings.map((f) => f.nextAction));
    for (const action of ['FILL_SUBJECT', 'UPLOAD_MATERIALS', 'WAIT_FOR_REVIEW'] as const)
      expect(actions).toContain(action);
    for (const summary of filings) {
      const detail = (await fx.applicant.get(`/api/filings/${summary.id}`)).json() as FilingDetail;
      expect(Object.fromEntries(Object.keys(summary).map((key) => [key, detail[key as keyof FilingDetail]]))).toEqual(
        summary,
      );
    }
  });
});
