// The MIIT SMS check of a filing the second review approved: the bureau.submit job hands round 1 to MIIT once (even
// after a crash between MIIT's answer and our update), every verifier is texted once per mobile, all confirming moves
// the filing to BUREAU_REVIEW, a sixth wrong code or the 24-hour deadline (to the minute) fails it, and a reviewer's
// resubmission starts round 2 with new codes. The clock is moved by hand; MIIT's page is the simulator's call.
import type { BureauCheckResponse } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureauSnapshotOf } from '../../src/modules/bureau/bureau-snapshot.ts';
import { idempotencyKeyOf } from '../../src/modules/bureau/bureau-submit.job.ts';
import { createSimulatorTestApp, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import {
  bureauApplicant,
  bureauJobs,
  confirmOnMiit,
  hours,
  LONG_SESSIONS,
  miitCode,
  minutes,
  SUBJECT_PRINCIPAL,
  WEBSITE_PRINCIPAL,
} from './bureau-fixtures.ts';

// Monday 10:00 Beijing, a working day.
const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
let t: SimulatorTestApp;
let fx: Awaited<ReturnType<typeof bureauApplicant>>;
let jobs: ReturnType<typeof bureauJobs>;

beforeAll(async () => {
  // The clock moves by days here: sessions outlast them, so the same clients act throughout.
  t = await createSimulatorTestApp(clock, LONG_SESSIONS);
  fx = await bureauApplicant(t, ['pass-enterprise-three-sites', 'pass-personal']);
  jobs = bureauJobs(t);
});
afterAll(() => t.close());

const filingOf = (id: string) => t.db.filing.findUniqueOrThrow({ where: { id } });
const roundsOf = (filingId: string) =>
  t.db.bureauSubmission.findMany({ where: { filingId }, orderBy: { round: 'asc' } });
const noticesOf = async (filingId: string, template: string) =>
  (await t.db.notification.findMany({ where: { filingId, template } })).sort((a, b) =>
    a.channel.localeCompare(b.channel),
  );
const textsTo = (mobile: string) => t.db.simSmsMessage.count({ where: { mobile, template: 'MIIT_SMS_CHECK' } });
const eventsOf = async (filingId: string) =>
  (await t.db.filingEvent.findMany({ where: { filingId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] })).map(
    (e) => e.event,
  );
const checkOf = async (filingId: string) => {
  const res = await fx.applicant.get(`/api/filings/${filingId}/bureau`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as BureauCheckResponse).check;
};

describe('submission to the bureau', () => {
  it('writes round 1 PENDING with the approval; the job submits it, texts each mobile once and notifies once', async () => {
    const filing = await fx.inBureauSms({ caseId: 'pass-enterprise-three-sites', websitePrincipal: true });
    expect(await roundsOf(filing.id)).toEqual([
      expect.objectContaining({ round: 1, status: 'PENDING', externalId: null, createdAt: clock.now() }),
    ]);
    // Before MIIT has it, the applicant sees the round and no verifiers yet.
    expect(await checkOf(filing.id)).toMatchObject({ round: 1, status: 'PENDING', verifiers: [], smsDeadline: null });
    expect((await filingOf(filing.id)).slaDueAt).toBeNull();

    clock.advance(minutes(1));
    expect(await jobs.submit()).toEqual({ submitted: 1, failed: 0 });
    const deadline = new Date(clock.now().getTime() + hours(24));
    const [round] = await roundsOf(filing.id);
    expect(round).toMatchObject({ status: 'SUBMITTED', submittedAt: clock.now(), smsDeadline: deadline });
    expect(round?.externalId).toEqual(expect.any(String));
    expect((await filingOf(filing.id)).slaDueAt).toEqual(deadline);
    // The subject principal and the first website's own principal; the other two websites share the subject's.
    expect(await textsTo(filing.subjectMobile)).toBe(1);
    expect(await textsTo(filing.websiteMobile as string)).toBe(1);
    const notices = await noticesOf(filing.id, 'BUREAU_SUBMITTED');
    expect(notices.map((n) => n.channel)).toEqual(['EMAIL', 'IN_APP', 'SMS']);
    expect(notices[0]?.params).toEqual({ orderNo: filing.orderNo, smsDeadline: deadline.toISOString(), round: '1' });

    // The applicant's console: both verifiers, masked, with their tries, the deadline and the resend time.
    const check = await checkOf(filing.id);
    expect(check).toMatchObject({ status: 'SUBMITTED', smsDeadline: deadline.toISOString() });
    expect(check?.resendAvailableAt).toBe(new Date(clock.now().getTime() + 60_000).toISOString());
    expect(check?.verifiers).toEqual([
      expect.objectContaining({ role: 'SUBJECT_PRINCIPAL', nameMasked: '赵*', confirmedAt: null, triesLeft: 5 }),
      expect.objectContaining({ role: 'WEBSITE_PRINCIPAL', nameMasked: '韦*', confirmedAt: null, triesLeft: 5 }),
    ]);
    expect(JSON.stringify(check)).not.toContain(filing.subjectMobile);

    // A second run finds nothing pending and texts nobody.
    expect(await jobs.submit()).toEqual({ submitted: 0, failed: 0 });
    expect(await textsTo(filing.subjectMobile)).toBe(1);

    // All verifiers confirm: one is not enough, both move the filing to BUREAU_REVIEW on the next poll.
    expect((await confirmOnMiit(t, filing.subjectMobile, SUBJECT_PRINCIPAL.certNumber)).outcome).toBe('CONFIRMED');
    expect(await jobs.poll()).toMatchObject({ moved: 0 });
    expect((await filingOf(filing.id)).status).toBe('BUREAU_SMS');
    const half = await checkOf(filing.id);
    expect(half?.verifiers.map((v) => v.confirmedAt !== null)).toEqual([true, false]);

    clock.advance(minutes(5));
    const done = await confirmOnMiit(t, filing.websiteMobile as string, WEBSITE_PRINCIPAL.certNumber);
    expect(done.outcome).toBe('CONFIRMED');
    expect(await jobs.poll()).toMatchObject({ moved: 1 });
    const confirmed = await filingOf(filing.id);
    // Monday 10:06 + 20 working days (Guangdong): the end of Monday 2027-01-04, 24:00 Beijing.
    const bureauDueAt = new Date('2027-01-04T16:00:00Z');
    expect(confirmed).toMatchObject({ status: 'BUREAU_REVIEW', slaDueAt: bureauDueAt });
    expect((await roundsOf(filing.id))[0]).toMatchObject({
      status: 'SMS_CONFIRMED',
      smsConfirmedAt: clock.now(),
      bureauDueAt,
    });
    const smsConfirmed = await noticesOf(filing.id, 'BUREAU_SMS_CONFIRMED');
    expect(smsConfirmed.map((n) => n.channel)).toEqual(['EMAIL', 'IN_APP', 'SMS']);
    expect(smsConfirmed[0]?.params).toEqual({ orderNo: filing.orderNo, bureauDueAt: bureauDueAt.toISOString() });
    const event = await t.db.filingEvent.findFirstOrThrow({ where: { filingId: filing.id, event: 'smsConfirmed' } });
    expect(event).toMatchObject({ actorRole: 'SYSTEM', actorId: null, toStatus: 'BUREAU_REVIEW' });

    // Polled again: nothing more is written.
    expect(await jobs.poll()).toMatchObject({ moved: 0 });
    expect(await noticesOf(filing.id, 'BUREAU_SMS_CONFIRMED')).toHaveLength(3);
    expect((await eventsOf(filing.id)).filter((e) => e === 'smsConfirmed')).toHaveLength(1);
  });

  it('submits once when the job crashed after MIIT took the submission, and once when run twice', async () => {
    const filing = await fx.inBureauSms();
    const [pending] = await roundsOf(filing.id);
    if (!pending) throw new Error('No round');
    // The crash: MIIT took the submission (and texted the codes), our update never committed.
    const row = await filingOf(filing.id);
    const registry = await t.adapters.miit.findSubjectByFilingNo(row.subjectFilingNo as string);
    const taken = await t.adapters.bureau.submit(bureauSnapshotOf(row, registry), {
      idempotencyKey: idempotencyKeyOf(pending),
    });
    expect(await textsTo(filing.subjectMobile)).toBe(1);
    expect((await roundsOf(filing.id))[0]?.status).toBe('PENDING');

    clock.advance(minutes(1));
    expect(await jobs.submit()).toEqual({ submitted: 1, failed: 0 });
    expect(await jobs.submit()).toEqual({ submitted: 0, failed: 0 });
    expect((await roundsOf(filing.id))[0]).toMatchObject({
      status: 'SUBMITTED',
      externalId: taken.id,
      smsDeadline: taken.smsDeadline,
    });
    expect(await t.db.simBureauSubmission.count({ where: { filingId: filing.id } })).toBe(1);
    expect(await textsTo(filing.subjectMobile)).toBe(1);
    expect(await noticesOf(filing.id, 'BUREAU_SUBMITTED')).toHaveLength(3);
  });
});

describe('a failed check and the resubmission', () => {
  it('fails at the sixth wrong code (five are allowed), tells the applicant, and lists the filing as returned', async () => {
    const filing = await fx.inBureauSms();
    await jobs.submit();
    const code = await miitCode(t, filing.subjectMobile);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 5; i += 1) {
      const answer = await confirmOnMiit(t, filing.subjectMobile, SUBJECT_PRINCIPAL.certNumber, wrong);
      expect(answer).toMatchObject({ outcome: 'WRONG_CODE', triesLeft: 5 - i });
    }
    await jobs.poll();
    expect((await filingOf(filing.id)).status).toBe('BUREAU_SMS');
    expect((await checkOf(filing.id))?.verifiers[0]?.triesLeft).toBe(0);

    clock.advance(minutes(1));
    // The right code with a wrong certificate ending is a wrong try too: the sixth.
    const sixth = await confirmOnMiit(t, filing.subjectMobile, 'XXXXXXXXXXXX000000', code);
    expect(sixth.outcome).toBe('EXPIRED');
    expect(await jobs.poll()).toMatchObject({ moved: 1 });
    expect(await filingOf(filing.id)).toMatchObject({ status: 'SMS_FAILED', slaDueAt: null });
    expect((await roundsOf(filing.id))[0]).toMatchObject({ status: 'SMS_FAILED', failure: 'WRONG_CODES' });
    const notices = await noticesOf(filing.id, 'BUREAU_SMS_FAILED');
    expect(notices.map((n) => n.channel)).toEqual(['EMAIL', 'IN_APP', 'SMS']);
    expect(notices[0]?.params).toEqual({ orderNo: filing.orderNo, failure: 'WRONG_CODES' });
    expect(await checkOf(filing.id)).toMatchObject({ status: 'SMS_FAILED', failure: 'WRONG_CODES' });

    expect(await jobs.poll()).toMatchObject({ moved: 0 });
    expect(await noticesOf(filing.id, 'BUREAU_SMS_FAILED')).toHaveLength(3);
    const returned = await fx.reviewer.client.get('/api/review/returned');
    expect(returned.json().filings).toContainEqual(
      expect.objectContaining({ id: filing.id, round: 1, failure: 'WRONG_CODES', failedAt: clock.now().toISOString() }),
    );
  });

  it('fails when 24 hours pass: not a minute early, within a minute of the deadline', async () => {
    const filing = await fx.inBureauSms();
    await jobs.submit();
    const [round] = await roundsOf(filing.id);
    const deadline = round?.smsDeadline as Date;
    expect(await confirmOnMiit(t, filing.subjectMobile, SUBJECT_PRINCIPAL.certNumber, '000001')).toMatchObject({
      outcome: 'WRONG_CODE',
    });

    clock.set(new Date(deadline.getTime() - minutes(1)));
    await jobs.poll();
    expect((await filingOf(filing.id)).status).toBe('BUREAU_SMS');

    clock.set(deadline);
    await jobs.poll();
    expect((await filingOf(filing.id)).status).toBe('SMS_FAILED');
    expect((await roundsOf(filing.id))[0]).toMatchObject({ status: 'SMS_FAILED', failure: 'DEADLINE' });
    expect((await noticesOf(filing.id, 'BUREAU_SMS_FAILED'))[0]?.params).toEqual({
      orderNo: filing.orderNo,
      failure: 'DEADLINE',
    });
    // The code typed after the deadline is of no use any more.
    expect((await confirmOnMiit(t, filing.subjectMobile, SUBJECT_PRINCIPAL.certNumber)).outcome).toBe('EXPIRED');
  });

  it('resubmits to the bureau with the reason: round 2 PENDING, then new codes that complete the check', async () => {
    const filing = await fx.inBureauSms();
    await jobs.submit();
    const firstCode = await miitCode(t, filing.subjectMobile);
    clock.advance(hours(24));
    await jobs.poll();
    const failed = await filingOf(filing.id);
    expect(failed.status).toBe('SMS_FAILED');

    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const reason = '已电话联系负责人，确认今日完成短信核验';
    clock.advance(hours(2));
    const res = await reviewer.client.post(`/api/review/filings/${filing.id}/resubmit-to-bureau`, {
      version: failed.version,
      reason,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      id: filing.id,
      orderNo: filing.orderNo,
      status: 'BUREAU_SMS',
      version: failed.version + 1,
    });
    const event = await t.db.filingEvent.findFirstOrThrow({
      where: { filingId: filing.id, event: 'resubmitToBureau' },
    });
    expect(event).toMatchObject({ actorId: reviewer.account.id, actorRole: 'REVIEWER', toStatus: 'BUREAU_SMS' });
    expect(event.payload).toEqual({ version: failed.version, reason, round: 2 });
    expect((await roundsOf(filing.id)).map((r) => [r.round, r.status])).toEqual([
      [1, 'SMS_FAILED'],
      [2, 'PENDING'],
    ]);
    expect((await roundsOf(filing.id))[1]).toMatchObject({
      resubmitReason: reason,
      resubmittedById: reviewer.account.id,
    });
    // Off the returned list; a second press on the old version is refused and writes nothing.
    expect((await reviewer.client.get('/api/review/returned')).json().filings).not.toContainEqual(
      expect.objectContaining({ id: filing.id }),
    );
    const again = await reviewer.client.post(`/api/review/filings/${filing.id}/resubmit-to-bureau`, {
      version: failed.version,
      reason,
    });
    expect(again.statusCode).toBe(409);
    expect(await roundsOf(filing.id)).toHaveLength(2);

    clock.advance(minutes(1));
    expect(await jobs.submit()).toEqual({ submitted: 1, failed: 0 });
    expect(await textsTo(filing.subjectMobile)).toBe(2);
    const newCode = await miitCode(t, filing.subjectMobile);
    const notices = await noticesOf(filing.id, 'BUREAU_SUBMITTED');
    expect(notices.map((n) => n.params)).toContainEqual(expect.objectContaining({ round: '2' }));
    expect(await checkOf(filing.id)).toMatchObject({ round: 2, status: 'SUBMITTED', failure: null });

    // The new code confirms the new round (the old one, unless MIIT happened to draw the same code, does not).
    if (newCode !== firstCode) {
      const old = await confirmOnMiit(t, filing.subjectMobile, SUBJECT_PRINCIPAL.certNumber, firstCode);
      expect(old.outcome).toBe('WRONG_CODE');
    }
    expect((await confirmOnMiit(t, filing.subjectMobile, SUBJECT_PRINCIPAL.certNumber, newCode)).outcome).toBe(
      'CONFIRMED',
    );
    await jobs.poll();
    expect((await filingOf(filing.id)).status).toBe('BUREAU_REVIEW');
    expect((await roundsOf(filing.id)).map((r) => r.status)).toEqual(['SMS_FAILED', 'SMS_CONFIRMED']);
  });
});
