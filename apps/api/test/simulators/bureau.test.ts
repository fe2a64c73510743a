// The bureau simulator: submission texts every verifier a code, the SMS check (right, wrong, too many, too late),
// the decision on the admin simulator page (audited, admins only), and the automatic decision after the delay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BureauFilingSnapshot } from '../../src/adapters/miit/miit-bureau.port.ts';
import { loadConfig } from '../../src/config.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { createSimulatorTestApp, type SimulatorTestApp } from './simulator-app.ts';

const HOUR = 3_600_000;
const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

let orders = 0;
function snapshot(mobiles: string[]): BureauFilingSnapshot {
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
      certMasked: '4403**********1313',
    },
    websites: [{ websiteFilingNo: '粤ICP备2021034567号-1', name: '晓明的技术博客', domains: ['chenxiaoming.cn'] }],
    verifiers: mobiles.map((mobile, i) => ({
      role: i === 0 ? 'SUBJECT_PRINCIPAL' : 'WEBSITE_PRINCIPAL',
      name: '陈晓明',
      mobile,
    })),
  };
}

/** The code MIIT texted to this mobile for this order, read from the simulated gateway's outbox. */
async function textedCode(orderNo: string, mobile: string) {
  const message = await t.db.simSmsMessage.findFirstOrThrow({
    where: { mobile, template: 'MIIT_SMS_CHECK', body: { contains: orderNo } },
  });
  return /核验码 (\d{6})/.exec(message.body)?.[1] ?? '';
}

async function confirmedSubmission() {
  const submitted = await t.adapters.bureau.submit(snapshot(['13800138001']));
  const code = await textedCode(submitted.orderNo, '13800138001');
  await t.adapters.bureau.recordSmsConfirmation({ submissionId: submitted.id, mobile: '13800138001', code });
  return submitted;
}

describe('submission and the MIIT SMS check', () => {
  it('texts each verifier once and moves to the bureau when all have confirmed', async () => {
    const s = snapshot(['13800138001', '13900139002', '13800138001']);
    const submitted = await t.adapters.bureau.submit(s);
    expect(submitted.status).toBe('SMS_PENDING');
    expect(submitted.smsDeadline.getTime() - clock.now().getTime()).toBe(24 * HOUR);
    expect(submitted.verifiers.map((v) => v.mobileMasked).sort()).toEqual(['138****8001', '139****9002']);
    expect(await t.db.simSmsMessage.count({ where: { body: { contains: s.orderNo } } })).toBe(2);

    const first = await textedCode(s.orderNo, '13800138001');
    const wrong = first === '000000' ? '111111' : '000000';
    const confirm = (mobile: string, code: string) =>
      t.adapters.bureau.recordSmsConfirmation({ submissionId: submitted.id, mobile, code });
    expect((await confirm('13800138001', wrong)).outcome).toBe('WRONG_CODE');
    expect((await confirm('13700137000', first)).outcome).toBe('NOT_A_VERIFIER');
    const half = await confirm('+86 138 0013 8001', first);
    expect(half.outcome).toBe('CONFIRMED');
    expect(half.submission.status).toBe('SMS_PENDING');
    expect((await confirm('13800138001', first)).outcome).toBe('ALREADY_CONFIRMED');

    const done = await confirm('13900139002', await textedCode(s.orderNo, '13900139002'));
    expect(done.submission).toMatchObject({ status: 'UNDER_REVIEW', autoDecisionDays: 2 });
    expect(done.submission.autoDecideAt?.getTime()).toBe(clock.now().getTime() + 2 * 24 * HOUR);
  });

  it('ends the check on the sixth wrong code', async () => {
    const submitted = await t.adapters.bureau.submit(snapshot(['13800138003']));
    const right = await textedCode(submitted.orderNo, '13800138003');
    const wrong = right === '999999' ? '888888' : '999999';
    const outcomes = [];
    for (let i = 0; i < 6; i++) {
      outcomes.push(
        (
          await t.adapters.bureau.recordSmsConfirmation({
            submissionId: submitted.id,
            mobile: '13800138003',
            code: wrong,
          })
        ).outcome,
      );
    }
    expect(outcomes).toEqual([...Array(5).fill('WRONG_CODE'), 'EXPIRED']);
    const late = await t.adapters.bureau.recordSmsConfirmation({
      submissionId: submitted.id,
      mobile: '13800138003',
      code: right,
    });
    expect(late).toMatchObject({ outcome: 'EXPIRED', submission: { status: 'SMS_EXPIRED' } });
  });

  it('closes checks after 24 hours and approves by itself after the configured days', async () => {
    const unanswered = await t.adapters.bureau.submit(snapshot(['13800138004']));
    const confirmed = await confirmedSubmission();
    clock.advance(25 * HOUR);
    const first = await t.adapters.bureau.processDue();
    expect(first.find((s) => s.id === unanswered.id)?.status).toBe('SMS_EXPIRED');
    expect(first.some((s) => s.id === confirmed.id)).toBe(false);

    clock.advance(24 * HOUR);
    const second = await t.adapters.bureau.processDue();
    expect(second.find((s) => s.id === confirmed.id)).toMatchObject({ status: 'APPROVED', decidedBy: 'AUTO' });
    expect(await t.adapters.bureau.processDue()).toEqual([]);
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
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'simulator.bureau.decide' } });
    expect(audit).toMatchObject({ actorId: account.id, targetId: submitted.id });
    expect(audit.detail).toMatchObject({ decision: 'REJECTED', orderNo: submitted.orderNo });

    const again = await admin.post(url, { decision: 'APPROVED' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('REJECTED');

    const list = await admin.get('/api/simulator/bureau-submissions');
    expect(list.statusCode).toBe(200);
    const listed = list.json().submissions.find((s: { id: string }) => s.id === submitted.id);
    expect(listed.verifiers[0].mobileMasked).toBe('138****8001');
    expect(list.body).not.toContain('13800138001');
  });

  it('refuses a decision before the SMS check is complete, and a rejection without a reason', async () => {
    const pending = await t.adapters.bureau.submit(snapshot(['13800138005']));
    const { client: admin } = await signedInClient(t.app, t.db, 'ADMIN');
    const url = `/api/simulator/bureau-submissions/${pending.id}/decision`;
    expect((await admin.post(url, { decision: 'APPROVED' })).statusCode).toBe(409);
    const noReason = await admin.post(url, { decision: 'REJECTED' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([{ path: 'reason', message: 'Give the reason for the rejection' }]);
    const unknown = await admin.post(
      '/api/simulator/bureau-submissions/7c2a3a52-5b8e-4d43-9f53-1d1d7f2b9c11/decision',
      {
        decision: 'APPROVED',
      },
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
    expect((await t.adapters.bureau.getSubmission(submitted.id))?.status).toBe('UNDER_REVIEW');
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
