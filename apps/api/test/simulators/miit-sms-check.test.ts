// POST /api/miit/sms-check: the simulated MIIT verification page's API. No sign-in, a CSRF token like any page,
// a per-address budget; the outcome is a 200 answer the page puts in words, invalid input a 400 naming the field.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BureauFilingSnapshot } from '../../src/adapters/miit/miit-bureau.port.ts';
import { createClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { createSimulatorTestApp, type SimulatorTestApp } from './simulator-app.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

const ENDING = '01313X';
const URL = '/api/miit/sms-check';

let phones = 0;
/** A browser that never signed in, from its own address (the route's budget is per IP). */
const browser = () => createClient(t.app, { remoteAddress: `10.41.0.${++phones}` });
const check = (body: unknown, client = browser()) => client.post(URL, body);

let mobiles = 0;
const newMobile = () => `1370000${String(++mobiles).padStart(4, '0')}`;

let orders = 0;
/** A submission texting these mobiles; every verifier's certificate ends in ENDING. */
async function submitted(mobiles: string[]) {
  orders += 1;
  const snapshot: BureauFilingSnapshot = {
    filingId: `00000000-0000-4000-8000-${String(orders).padStart(12, '0')}`,
    orderNo: `BA20261130${String(orders).padStart(5, '0')}`,
    provinceCode: '31',
    filingType: 'FIRST',
    subject: {
      subjectFilingNo: null,
      name: '上海浦江示例科技有限公司',
      nature: 'ENTERPRISE',
      certType: 'USCC',
      certMasked: '9131**********313X',
    },
    websites: [{ websiteFilingNo: null, name: '浦江示例', domains: ['pujiang-new.cn'] }],
    verifiers: mobiles.map((mobile, i) => ({
      role: i === 0 ? 'SUBJECT_PRINCIPAL' : 'WEBSITE_PRINCIPAL',
      name: i === 0 ? '周立群' : '赵强',
      mobile,
      certEndingMac: t.adapters.certHasher.ending(ENDING),
    })),
  };
  const submission = await t.adapters.bureau.submit(snapshot, { idempotencyKey: `${snapshot.filingId}:1` });
  const codes = await Promise.all(
    mobiles.map(async (mobile) => {
      const text = await t.db.simSmsMessage.findFirstOrThrow({
        where: { mobile, template: 'MIIT_SMS_CHECK', body: { contains: snapshot.orderNo } },
      });
      return /核验码 (\d{6})/.exec(text.body)?.[1] ?? '';
    }),
  );
  return { submission, codes };
}
const otherThan = (code: string) => (code === '000000' ? '111111' : '000000');

function expectProblem(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json().code).toBe(code);
}

describe('POST /api/miit/sms-check', () => {
  it('confirms both verifiers without a sign-in; the second one completes the check', async () => {
    const [a, b] = [newMobile(), newMobile()];
    const { submission, codes } = await submitted([a, b]);
    const first = await check({ mobile: a, code: codes[0], certEnding: ENDING });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({
      outcome: 'CONFIRMED',
      orderNo: submission.orderNo,
      triesLeft: null,
      allConfirmed: false,
    });
    expect((await check({ mobile: a, code: codes[0], certEnding: ENDING })).json()).toMatchObject({
      outcome: 'ALREADY_CONFIRMED',
      allConfirmed: false,
    });
    // The ending's X may be typed in lower case, with spaces around the fields.
    const second = await check({ mobile: ` ${b} `, code: codes[1], certEnding: ENDING.toLowerCase() });
    expect(second.json()).toEqual({
      outcome: 'CONFIRMED',
      orderNo: submission.orderNo,
      triesLeft: null,
      allConfirmed: true,
    });
    expect((await t.adapters.bureau.getSubmission(submission.id))?.status).toBe('UNDER_REVIEW');
  });

  it('answers a wrong code or a wrong certificate ending with the tries left, and the sixth with EXPIRED', async () => {
    const mobile = newMobile();
    const { submission, codes } = await submitted([mobile]);
    const code = codes[0] ?? '';
    const wrongCode = await check({ mobile, code: otherThan(code), certEnding: ENDING });
    expect(wrongCode.statusCode).toBe(200);
    expect(wrongCode.json()).toEqual({
      outcome: 'WRONG_CODE',
      orderNo: submission.orderNo,
      triesLeft: 4,
      allConfirmed: false,
    });
    const wrongEnding = await check({ mobile, code, certEnding: '000000' });
    expect(wrongEnding.json()).toMatchObject({ outcome: 'WRONG_CODE', triesLeft: 3 });
    for (let i = 0; i < 3; i += 1) await check({ mobile, code: otherThan(code), certEnding: ENDING });
    const last = await check({ mobile, code: otherThan(code), certEnding: ENDING });
    expect(last.json()).toEqual({
      outcome: 'EXPIRED',
      orderNo: submission.orderNo,
      triesLeft: null,
      allConfirmed: false,
    });
    expect((await check({ mobile, code, certEnding: ENDING })).json()).toMatchObject({ outcome: 'EXPIRED' });
    expect(await t.adapters.bureau.getSubmission(submission.id)).toMatchObject({
      status: 'SMS_EXPIRED',
      failure: 'WRONG_CODES',
    });
  });

  it('answers EXPIRED once the 24 hours are over', async () => {
    const mobile = newMobile();
    const { submission, codes } = await submitted([mobile]);
    clock.advance(24 * 3_600_000);
    expect((await check({ mobile, code: codes[0], certEnding: ENDING })).json()).toEqual({
      outcome: 'EXPIRED',
      orderNo: submission.orderNo,
      triesLeft: null,
      allConfirmed: false,
    });
  });

  it('answers NOT_A_VERIFIER for a mobile no submission texted, and names nothing', async () => {
    const res = await check({ mobile: newMobile(), code: '123456', certEnding: ENDING });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ outcome: 'NOT_A_VERIFIER', orderNo: null, triesLeft: null, allConfirmed: false });
  });

  it('refuses invalid input with a 400 problem naming each field', async () => {
    const res = await check({ mobile: '2380013800', code: '12345a', certEnding: '1313' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['certEnding', 'code', 'mobile']);
    expect(res.json().errors).toContainEqual({
      path: 'mobile',
      message: 'Enter the 11-digit mobile number the code was texted to',
    });
    const missing = await check({ mobile: newMobile(), code: '123456' });
    expectProblem(missing, 400, 'VALIDATION_FAILED');
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(['certEnding']);
    const extra = await check({ mobile: newMobile(), code: '123456', certEnding: ENDING, submissionId: 'x' });
    expectProblem(extra, 400, 'VALIDATION_FAILED');
  });

  it('needs the CSRF token every write needs', async () => {
    const mobile = newMobile();
    const { codes } = await submitted([mobile]);
    const forged = await browser().post(
      URL,
      { mobile, code: codes[0], certEnding: ENDING },
      { headers: { 'x-csrf-token': 'forged' } },
    );
    expectProblem(forged, 403, 'CSRF_INVALID');
    const untouched = await t.db.simBureauVerifier.findFirstOrThrow({ where: { mobile } });
    expect(untouched).toMatchObject({ confirmedAt: null, wrongCodes: 0 });
  });

  it('answers 429 from one address past the route’s budget, and other addresses still get through', async () => {
    const device = browser();
    const answers = [];
    for (let i = 0; i < 31; i += 1) {
      answers.push((await check({ mobile: '13600000000', code: '123456', certEnding: ENDING }, device)).statusCode);
    }
    expect(answers.slice(0, 30).every((code) => code === 200)).toBe(true);
    expectProblem(
      await check({ mobile: '13600000000', code: '123456', certEnding: ENDING }, device),
      429,
      'RATE_LIMITED',
    );
    expect((await check({ mobile: '13600000000', code: '123456', certEnding: ENDING })).statusCode).toBe(200);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await browser().get('/api/docs/json')).json();
    expect(doc.paths['/api/miit/sms-check']?.post).toBeDefined();
  });
});
