// The bureau simulator on a clock the tests move: idempotent submission (codes texted once, once per mobile), the
// MIIT SMS check by mobile, code and certificate ending (wrong tries, the sixth one, the 24 hours to the minute),
// resending the codes, the automatic decision (minutes, or working days), the admin's decision on the simulator page
// (audited, admins only), and the approval listing this provider in the MIIT registry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUR_ACCESS_PROVIDER } from '../../src/adapters/miit/miit.port.ts';
import type { BureauFilingSnapshot } from '../../src/adapters/miit/miit-bureau.port.ts';
import { createBureauSimulator } from '../../src/adapters/miit/miit-bureau.simulator.ts';
import { loadConfig } from '../../src/config.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { createSimulatorTestApp, type SimulatorTestApp } from './simulator-app.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// Monday 2026-11-30, 10:00 in Beijing.
const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

/** What each verifier types as the last 6 characters of their certificate number (an ID number ending in X). */
const ENDING = '01313X';
const WRONG_ENDING = '000000';

let mobiles = 0;
/** A mobile no other test uses: MIIT's page finds the newest submission texting a mobile. */
const newMobile = () => `1390000${String(++mobiles).padStart(4, '0')}`;
const masked = (mobile: string) => `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;

let orders = 0;
type Verifier = { mobile: string; role?: 'SUBJECT_PRINCIPAL' | 'WEBSITE_PRINCIPAL'; ending?: string | null };
function snapshot(verifiers: Verifier[], websiteFilingNo = '粤ICP备2021034567号-1'): BureauFilingSnapshot {
  orders += 1;
  return {
    filingId: `00000000-0000-4000-8000-${String(orders).padStart(12, '0')}`,
    orderNo: `BA20261130${String(orders).padStart(5, '0')}`,
    provinceCode: '44',
    filingType: 'ACCESS',
    subject: {
      subjectFilingNo: '粤ICP备2021034567号',
      name: '陈晓明',
      nature: 'PERSONAL',
      certType: 'RESIDENT_ID',
      certMasked: '4403**********313X',
    },
    websites: [{ websiteFilingNo, name: '晓明的技术博客', domains: ['chenxiaoming.cn'] }],
    verifiers: verifiers.map((v, i) => ({
      role: v.role ?? (i === 0 ? 'SUBJECT_PRINCIPAL' : 'WEBSITE_PRINCIPAL'),
      name: '陈晓明',
      mobile: v.mobile,
      certEndingMac: v.ending === null ? null : t.adapters.certHasher.ending(v.ending ?? ENDING),
    })),
  };
}

const submit = (s: BureauFilingSnapshot, key = `${s.filingId}:1`) =>
  t.adapters.bureau.submit(s, { idempotencyKey: key });

/** The texts MIIT sent this mobile for this order, oldest first, from the simulated gateway's outbox. */
const texts = (orderNo: string, mobile: string) =>
  t.db.simSmsMessage.findMany({
    where: { mobile, template: 'MIIT_SMS_CHECK', body: { contains: orderNo } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });

async function textedCode(orderNo: string, mobile: string) {
  const [first] = await texts(orderNo, mobile);
  const code = first ? /核验码 (\d{6})/.exec(first.body)?.[1] : undefined;
  if (!code) throw new Error(`No MIIT code texted to ${masked(mobile)} for ${orderNo}`);
  return code;
}
const otherThan = (code: string) => (code === '000000' ? '111111' : '000000');

const confirm = (mobile: string, code: string, certEnding = ENDING) =>
  t.adapters.bureau.recordSmsConfirmation({ mobile, code, certEnding });

/** A submission with one verifier who has confirmed: the bureau reviews it now. */
async function confirmedSubmission(s = snapshot([{ mobile: newMobile() }])) {
  const submitted = await submit(s);
  const mobile = s.verifiers[0]?.mobile ?? '';
  const done = await confirm(mobile, await textedCode(s.orderNo, mobile));
  expect(done.submission?.status).toBe('UNDER_REVIEW');
  return submitted;
}

const status = async (id: string) => (await t.adapters.bureau.getSubmission(id))?.status;

describe('submission', () => {
  it('is idempotent by key: the same key returns the same submission and texts nobody again', async () => {
    const [a, b] = [newMobile(), newMobile()];
    const s = snapshot([{ mobile: a }, { mobile: b }]);
    const first = await submit(s);
    expect(first).toMatchObject({ status: 'SMS_PENDING', failure: null, smsConfirmedAt: null, autoDecideAt: null });
    expect(first.codesSentAt).toEqual(clock.now());
    expect(first.smsDeadline.getTime() - clock.now().getTime()).toBe(24 * HOUR);
    expect(first.verifiers.map((v) => v.mobileMasked)).toEqual([masked(a), masked(b)]);

    clock.advance(5 * MINUTE);
    const again = await submit(s);
    expect(again.id).toBe(first.id);
    expect(again.codesSentAt).toEqual(first.codesSentAt);
    expect(await t.db.simBureauSubmission.count({ where: { filingId: s.filingId } })).toBe(1);
    expect(await texts(s.orderNo, a)).toHaveLength(1);
    expect(await texts(s.orderNo, b)).toHaveLength(1);

    // The next round of the same filing is another key: a new submission, new texts.
    const next = await submit(s, `${s.filingId}:2`);
    expect(next.id).not.toBe(first.id);
    expect(await texts(s.orderNo, a)).toHaveLength(2);
  });

  it('texts a mobile once when one person is both the subject and the website principal', async () => {
    const mobile = newMobile();
    const s = snapshot([
      { mobile, role: 'SUBJECT_PRINCIPAL' },
      { mobile: `+86 ${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`, role: 'WEBSITE_PRINCIPAL' },
    ]);
    const submitted = await submit(s);
    expect(submitted.verifiers).toHaveLength(1);
    expect(submitted.verifiers[0]).toMatchObject({ role: 'SUBJECT_PRINCIPAL', mobileMasked: masked(mobile) });
    expect(await texts(s.orderNo, mobile)).toHaveLength(1);

    const done = await confirm(mobile, await textedCode(s.orderNo, mobile));
    expect(done.outcome).toBe('CONFIRMED');
    expect(done.submission?.status).toBe('UNDER_REVIEW');
  });
});

describe('the SMS check on MIIT’s page', () => {
  it('confirms each verifier by mobile, code and certificate ending, and completes with the last one', async () => {
    const [a, b] = [newMobile(), newMobile()];
    const s = snapshot([{ mobile: a }, { mobile: b }]);
    const submitted = await submit(s);
    const codeA = await textedCode(s.orderNo, a);

    expect(await confirm(newMobile(), codeA)).toEqual({ outcome: 'NOT_A_VERIFIER', submission: null, triesLeft: null });
    expect(await confirm('12345', codeA)).toMatchObject({ outcome: 'NOT_A_VERIFIER', submission: null });

    // The ending is compared without regard to case, spaces around it, or the +86 before the mobile.
    const half = await confirm(`+86${a}`, ` ${codeA} `, ENDING.toLowerCase());
    expect(half).toMatchObject({ outcome: 'CONFIRMED', triesLeft: null, submission: { status: 'SMS_PENDING' } });
    expect(half.submission?.verifiers.map((v) => v.confirmedAt)).toEqual([clock.now(), null]);
    expect((await confirm(a, codeA)).outcome).toBe('ALREADY_CONFIRMED');

    clock.advance(MINUTE);
    const done = await confirm(b, await textedCode(s.orderNo, b));
    expect(done.outcome).toBe('CONFIRMED');
    expect(done.submission).toMatchObject({ id: submitted.id, status: 'UNDER_REVIEW', smsConfirmedAt: clock.now() });
  });

  it('lets a verifier of two checks running at once confirm each with its own code', async () => {
    const mobile = newMobile();
    const older = snapshot([{ mobile }]);
    const olderSubmission = await submit(older);
    clock.advance(MINUTE);
    const newer = snapshot([{ mobile }]);
    const newerSubmission = await submit(newer);
    const [olderCode, newerCode] = [await textedCode(older.orderNo, mobile), await textedCode(newer.orderNo, mobile)];
    // A code that is neither counts against the newest check.
    const neither = ['000000', '111111', '222222'].find((c) => c !== olderCode && c !== newerCode) ?? '';
    expect(await confirm(mobile, neither)).toMatchObject({
      outcome: 'WRONG_CODE',
      submission: { id: newerSubmission.id },
    });

    const first = await confirm(mobile, olderCode);
    expect(first).toMatchObject({
      outcome: 'CONFIRMED',
      submission: { id: olderSubmission.id, status: 'UNDER_REVIEW' },
    });
    const second = await confirm(mobile, newerCode);
    expect(second).toMatchObject({
      outcome: 'CONFIRMED',
      submission: { id: newerSubmission.id, status: 'UNDER_REVIEW' },
    });
    expect((await confirm(mobile, newerCode)).outcome).toBe('ALREADY_CONFIRMED');
  });

  it('counts a wrong code and a wrong certificate ending as wrong tries, counting down what is left', async () => {
    const mobile = newMobile();
    const s = snapshot([{ mobile }]);
    await submit(s);
    const code = await textedCode(s.orderNo, mobile);
    const wrongCode = await confirm(mobile, otherThan(code));
    expect(wrongCode).toMatchObject({ outcome: 'WRONG_CODE', triesLeft: 4, submission: { status: 'SMS_PENDING' } });
    const wrongEnding = await confirm(mobile, code, WRONG_ENDING);
    expect(wrongEnding).toMatchObject({ outcome: 'WRONG_CODE', triesLeft: 3 });
    expect(wrongEnding.submission?.verifiers[0]?.wrongCodes).toBe(2);
    expect((await confirm(mobile, code, '1313X')).triesLeft).toBe(2);
    // Still the right code and ending after wrong tries.
    expect((await confirm(mobile, code)).outcome).toBe('CONFIRMED');
  });

  it('ends the check on the sixth wrong try (WRONG_CODES), and the right code cannot revive it', async () => {
    const [mobile, other] = [newMobile(), newMobile()];
    const s = snapshot([{ mobile }, { mobile: other }]);
    const submitted = await submit(s);
    const code = await textedCode(s.orderNo, mobile);
    const answers = [];
    for (let i = 0; i < 6; i += 1) {
      const { outcome, triesLeft } = await confirm(mobile, otherThan(code));
      answers.push([outcome, triesLeft]);
    }
    expect(answers).toEqual([
      ['WRONG_CODE', 4],
      ['WRONG_CODE', 3],
      ['WRONG_CODE', 2],
      ['WRONG_CODE', 1],
      ['WRONG_CODE', 0],
      ['EXPIRED', null],
    ]);
    const late = await confirm(mobile, code);
    expect(late).toMatchObject({ outcome: 'EXPIRED', submission: { status: 'SMS_EXPIRED', failure: 'WRONG_CODES' } });
    expect((await confirm(other, await textedCode(s.orderNo, other))).outcome).toBe('EXPIRED');
    expect(await t.adapters.bureau.getSubmission(submitted.id)).toMatchObject({
      status: 'SMS_EXPIRED',
      failure: 'WRONG_CODES',
      smsConfirmedAt: null,
    });
  });

  it('takes a confirmation until the minute before the 24 hours end, and reads expired at the deadline', async () => {
    const [early, late] = [newMobile(), newMobile()];
    const s = snapshot([{ mobile: early }, { mobile: late }]);
    const submitted = await submit(s);
    const deadline = submitted.smsDeadline;

    clock.set(new Date(deadline.getTime() - MINUTE));
    expect(await t.adapters.bureau.getSubmission(submitted.id)).toMatchObject({ status: 'SMS_PENDING', failure: null });
    expect((await confirm(early, await textedCode(s.orderNo, early))).outcome).toBe('CONFIRMED');

    clock.set(deadline);
    // Read before any sweep ran: getSubmission closes the check itself.
    expect(await t.adapters.bureau.getSubmission(submitted.id)).toMatchObject({
      status: 'SMS_EXPIRED',
      failure: 'DEADLINE',
    });
    expect((await confirm(late, await textedCode(s.orderNo, late))).outcome).toBe('EXPIRED');
    expect((await t.adapters.bureau.processDue()).some((x) => x.id === submitted.id)).toBe(false);
  });

  it('closes every check past its 24 hours in processDue, once', async () => {
    const s = snapshot([{ mobile: newMobile() }]);
    const submitted = await submit(s);
    clock.advance(24 * HOUR - MINUTE);
    expect((await t.adapters.bureau.processDue()).some((x) => x.id === submitted.id)).toBe(false);
    clock.advance(MINUTE);
    const closed = (await t.adapters.bureau.processDue()).find((x) => x.id === submitted.id);
    expect(closed).toMatchObject({ status: 'SMS_EXPIRED', failure: 'DEADLINE' });
    expect((await t.adapters.bureau.processDue()).some((x) => x.id === submitted.id)).toBe(false);
  });
});

describe('resending the codes', () => {
  it('refuses within 60 seconds, then texts only the verifiers who have not confirmed', async () => {
    const [done, open] = [newMobile(), newMobile()];
    const s = snapshot([{ mobile: done }, { mobile: open }]);
    const submitted = await submit(s);
    await confirm(done, await textedCode(s.orderNo, done));

    clock.advance(20_000);
    const soon = await t.adapters.bureau.resendCodes(submitted.id);
    expect(soon).toMatchObject({ outcome: 'TOO_SOON', retryAfterSeconds: 40 });
    clock.advance(39_999);
    expect(await t.adapters.bureau.resendCodes(submitted.id)).toMatchObject({
      outcome: 'TOO_SOON',
      retryAfterSeconds: 1,
    });
    expect(await texts(s.orderNo, open)).toHaveLength(1);

    clock.advance(1);
    const sent = await t.adapters.bureau.resendCodes(submitted.id);
    expect(sent).toMatchObject({ outcome: 'SENT', retryAfterSeconds: 60 });
    expect(sent.submission.codesSentAt).toEqual(clock.now());
    const resent = await texts(s.orderNo, open);
    expect(resent).toHaveLength(2);
    // The same code again: MIIT does not change it on a resend.
    expect(resent[1]?.body).toBe(resent[0]?.body);
    expect(await texts(s.orderNo, done)).toHaveLength(1);

    // The minute starts again from the resend.
    clock.advance(30_000);
    expect(await t.adapters.bureau.resendCodes(submitted.id)).toMatchObject({
      outcome: 'TOO_SOON',
      retryAfterSeconds: 30,
    });
  });

  it('has nothing to resend once the check is complete or over', async () => {
    const confirmed = await confirmedSubmission();
    clock.advance(2 * MINUTE);
    expect(await t.adapters.bureau.resendCodes(confirmed.id)).toMatchObject({
      outcome: 'NOT_PENDING',
      retryAfterSeconds: 0,
      submission: { status: 'UNDER_REVIEW' },
    });

    const s = snapshot([{ mobile: newMobile() }]);
    const unanswered = await submit(s);
    clock.advance(24 * HOUR);
    const late = await t.adapters.bureau.resendCodes(unanswered.id);
    expect(late).toMatchObject({ outcome: 'NOT_PENDING', submission: { status: 'SMS_EXPIRED', failure: 'DEADLINE' } });
    expect(await texts(s.orderNo, s.verifiers[0]?.mobile ?? '')).toHaveLength(1);
  });
});

describe('the automatic decision', () => {
  it('approves SIM_BUREAU_DECISION_MINUTES after the check completes (10 by default)', async () => {
    expect(t.config).toMatchObject({ SIM_BUREAU_DECISION_DAYS: 0, SIM_BUREAU_DECISION_MINUTES: 10 });
    const confirmed = await confirmedSubmission();
    const read = await t.adapters.bureau.getSubmission(confirmed.id);
    expect(read).toMatchObject({ autoDecisionDays: 0, autoDecisionMinutes: 10 });
    expect(read?.autoDecideAt).toEqual(new Date(clock.now().getTime() + 10 * MINUTE));

    clock.advance(10 * MINUTE - 1000);
    expect((await t.adapters.bureau.processDue()).some((x) => x.id === confirmed.id)).toBe(false);
    expect(await status(confirmed.id)).toBe('UNDER_REVIEW');
    clock.advance(1000);
    const decided = (await t.adapters.bureau.processDue()).find((x) => x.id === confirmed.id);
    expect(decided).toMatchObject({ status: 'APPROVED', decidedBy: 'AUTO', decidedAt: clock.now(), reason: null });
    expect((await t.adapters.bureau.processDue()).some((x) => x.id === confirmed.id)).toBe(false);
  });

  it('decides after N working days: a check completed on a Friday is decided after the weekend', async () => {
    // The same simulator configured with SIM_BUREAU_DECISION_DAYS=1, over the same database and clock.
    const byDays = createBureauSimulator({
      db: t.db,
      clock,
      sms: t.adapters.sms,
      certHasher: t.adapters.certHasher,
      autoDecision: { days: 1, minutes: 10 },
    });
    // Friday 2026-12-11, 10:00 in Beijing.
    clock.set(new Date('2026-12-11T02:00:00Z'));
    const mobile = newMobile();
    const s = snapshot([{ mobile }]);
    const submitted = await byDays.submit(s, { idempotencyKey: `${s.filingId}:1` });
    expect(submitted).toMatchObject({ autoDecisionDays: 1, autoDecisionMinutes: null });
    const done = await byDays.recordSmsConfirmation({
      mobile,
      code: await textedCode(s.orderNo, mobile),
      certEnding: ENDING,
    });
    // One working day: Monday 14 December, so the end of that day (Tuesday 00:00 in Beijing).
    const mondayNight = new Date('2026-12-14T16:00:00Z');
    expect(done.submission?.autoDecideAt).toEqual(mondayNight);

    clock.set(new Date('2026-12-13T15:59:00Z')); // Sunday 23:59 in Beijing
    expect((await byDays.processDue()).some((x) => x.id === submitted.id)).toBe(false);
    clock.set(new Date(mondayNight.getTime() - MINUTE));
    expect((await byDays.processDue()).some((x) => x.id === submitted.id)).toBe(false);
    clock.set(mondayNight);
    const decided = (await byDays.processDue()).find((x) => x.id === submitted.id);
    expect(decided).toMatchObject({ status: 'APPROVED', decidedBy: 'AUTO' });
  });
});

describe('the approval in the MIIT registry', () => {
  it('adds this provider to the website’s access providers; the other providers and the filing numbers stay', async () => {
    const before = await t.adapters.miit.findWebsiteByDomain('pujiang-jobs.com');
    if (!before) throw new Error('The seed has no pujiang-jobs.com');
    expect(before.accessProviders).toEqual(['华为云', '百度智能云']);
    const s = snapshot([{ mobile: newMobile() }], before.websiteFilingNo);
    const confirmed = await confirmedSubmission(s);
    const { client: admin } = await signedInClient(t.app, t.db, 'ADMIN');
    const res = await admin.post(`/api/simulator/bureau-submissions/${confirmed.id}/decision`, {
      decision: 'APPROVED',
    });
    expect(res.statusCode, res.body).toBe(200);

    const after = await t.adapters.miit.findWebsiteByDomain('pujiang-jobs.com');
    expect(after).toMatchObject({
      websiteFilingNo: before.websiteFilingNo,
      subjectFilingNo: before.subjectFilingNo,
      name: before.name,
      domains: before.domains,
      accessProviders: ['华为云', '百度智能云', OUR_ACCESS_PROVIDER],
    });
    // A website the submission did not name keeps its providers.
    expect((await t.adapters.miit.findWebsiteByDomain('pujiang-demo.com.cn'))?.accessProviders).toEqual(['华为云']);
  });

  it('changes nothing in the registry on a rejection', async () => {
    const before = await t.adapters.miit.findWebsiteByDomain('ayigul-photo.cn');
    if (!before) throw new Error('The seed has no ayigul-photo.cn');
    const confirmed = await confirmedSubmission(snapshot([{ mobile: newMobile() }], before.websiteFilingNo));
    const rejected = await t.adapters.simulators?.bureau.decide({
      id: confirmed.id,
      decision: 'REJECTED',
      reason: '网站名称与内容不符',
      decidedBy: 'test',
    });
    expect(rejected).toMatchObject({ status: 'REJECTED', reason: '网站名称与内容不符' });
    expect((await t.adapters.miit.findWebsiteByDomain('ayigul-photo.cn'))?.accessProviders).toEqual(
      before.accessProviders,
    );
  });
});

describe('POST /api/simulator/bureau-submissions/:id/decision', () => {
  it('lets an admin decide, records it in the audit log, and refuses a second decision', async () => {
    const submitted = await confirmedSubmission();
    const { client: admin, account } = await signedInClient(t.app, t.db, 'ADMIN');
    const url = `/api/simulator/bureau-submissions/${submitted.id}/decision`;

    const res = await admin.post(url, { decision: 'REJECTED', reason: '网站名称与内容不符' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'REJECTED', reason: '网站名称与内容不符', decidedBy: account.id });
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'simulator.bureau.decide', targetId: submitted.id },
    });
    expect(audit).toMatchObject({
      actorId: account.id,
      targetId: submitted.id,
      before: { status: 'UNDER_REVIEW' },
      after: { status: 'REJECTED' },
    });
    expect(audit.detail).toMatchObject({ decision: 'REJECTED', orderNo: submitted.orderNo });

    const again = await admin.post(url, { decision: 'APPROVED' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('REJECTED');
  });

  it('lists submissions with their verifiers, codes sent, failure and automatic decision, mobiles masked', async () => {
    const mobile = newMobile();
    const s = snapshot([{ mobile }]);
    const submitted = await submit(s);
    const code = await textedCode(s.orderNo, mobile);
    for (let i = 0; i < 6; i += 1) await confirm(mobile, otherThan(code));
    const confirmed = await confirmedSubmission();
    const { client: admin } = await signedInClient(t.app, t.db, 'ADMIN');
    const list = await admin.get('/api/simulator/bureau-submissions');
    expect(list.statusCode).toBe(200);
    const listed = (id: string) => list.json().submissions.find((x: { id: string }) => x.id === id);
    expect(listed(submitted.id)).toMatchObject({
      status: 'SMS_EXPIRED',
      failure: 'WRONG_CODES',
      codesSentAt: submitted.codesSentAt.toISOString(),
      verifiers: [{ mobileMasked: masked(mobile), wrongCodes: 6, confirmedAt: null }],
    });
    expect(listed(confirmed.id)).toMatchObject({
      status: 'UNDER_REVIEW',
      failure: null,
      autoDecisionDays: 0,
      autoDecisionMinutes: 10,
      autoDecideAt: new Date(clock.now().getTime() + 10 * MINUTE).toISOString(),
    });
    expect(list.body).not.toContain(mobile);
  });

  it('refuses a decision before the SMS check is complete, and a rejection without a reason', async () => {
    const pending = await submit(snapshot([{ mobile: newMobile() }]));
    const { client: admin } = await signedInClient(t.app, t.db, 'ADMIN');
    const url = `/api/simulator/bureau-submissions/${pending.id}/decision`;
    const early = await admin.post(url, { decision: 'APPROVED' });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('SMS_PENDING');
    const noReason = await admin.post(url, { decision: 'REJECTED', reason: '   ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([{ path: 'reason', message: 'Give the reason for the rejection' }]);
    expect(await status(pending.id)).toBe('SMS_PENDING');
    const unknown = await admin.post(
      '/api/simulator/bureau-submissions/7c2a3a52-5b8e-4d43-9f53-1d1d7f2b9c11/decision',
      { decision: 'APPROVED' },
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('is forbidden to reviewers', async () => {
    const submitted = await confirmedSubmission();
    const { client } = await signedInClient(t.app, t.db, 'REVIEWER');
    const res = await client.post(`/api/simulator/bureau-submissions/${submitted.id}/decision`, {
      decision: 'APPROVED',
    });
    expect(res.statusCode).toBe(403);
    expect(await status(submitted.id)).toBe('UNDER_REVIEW');
    expect((await client.get('/api/simulator/bureau-submissions')).statusCode).toBe(403);
  });
});

describe('without simulators', () => {
  it('refuses to start, naming the missing production adapters', () => {
    expect(() => loadConfig({ SIMULATORS: 'false', LOG_LEVEL: 'silent' })).toThrow(
      /SIMULATORS="false".*miit.*courier.*no production adapter/s,
    );
  });
});
