// The principal's mobile confirmed by SMS code: the code reaches the saved number, lives five minutes, is resent no
// sooner than a minute and at most five times an hour, survives five wrong tries, and is stored only as a hash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import {
  createSimulatorTestApp,
  filingWithMobile,
  freshApplicant,
  latestSmsCode,
  openFiling,
  passingCases,
  type SimulatorTestApp,
} from './filing-fixtures.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
const nextCase = passingCases();
let t: SimulatorTestApp;
let mobiles = 0;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

/** A filing whose principal mobile is saved (a number of its own, so the per-number limits start at zero). */
const withMobile = (mobile = `1390000${String(1000 + ++mobiles)}`) => filingWithMobile(t, nextCase(), mobile);

const send = (client: Client, filing: { id: string }) => client.post(`/api/filings/${filing.id}/sms-code`);
const verify = (client: Client, filing: { id: string }, code: string) =>
  client.post(`/api/filings/${filing.id}/sms-code/verify`, { code });
const otherThan = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('POST /api/filings/:id/sms-code', () => {
  it('texts a 6-digit code to the saved mobile and says where it went, masked', async () => {
    const { client, filing, mobile } = await withMobile();
    const res = await send(client, filing);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      sentTo: `${mobile.slice(0, 3)}****${mobile.slice(-4)}`,
      resendAfterSeconds: 60,
      expiresInSeconds: 300,
      simulatedPhone: true,
    });
    const message = await t.db.simSmsMessage.findFirstOrThrow({ where: { mobile } });
    expect(message).toMatchObject({ template: 'VERIFY_CODE', purpose: 'PRINCIPAL_MOBILE' });
    expect(message.body).toMatch(/^【本云备案】您的验证码为 \d{6}，5 分钟内有效。/);
  });

  it('stores neither the code nor the number in clear', async () => {
    const { client, filing, mobile } = await withMobile();
    await send(client, filing);
    const code = await latestSmsCode(t, mobile);
    const rows = await t.db.smsCode.findMany({ where: { filingId: filing.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(code);
    expect(JSON.stringify(rows)).not.toContain(mobile);
    // Only the simulated gateway's outbox (an outside system) holds the text; none of the console's tables does.
    const tables = await t.db.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_name NOT LIKE 'Sim%'`;
    for (const { name } of tables) {
      const found = await t.db.$queryRawUnsafe<unknown[]>(
        `SELECT 1 FROM "${name}" t WHERE row_to_json(t)::text LIKE $1 LIMIT 1`,
        `%${code}%`,
      );
      expect(found, name).toHaveLength(0);
    }
  });

  it('needs a saved mainland mobile that MIIT can text', async () => {
    const { client } = await freshApplicant(t);
    const filing = await openFiling(client, nextCase());
    const none = await send(client, filing);
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: 'MOBILE_NOT_SAVED', errors: [{ path: 'subject.principal.mobile' }] });
    await client.put(`/api/filings/${filing.id}/subject`, {
      version: filing.version,
      subject: { principal: { mobile: '17012345678' } },
    });
    expect((await send(client, filing)).json().code).toBe('MOBILE_NOT_SAVED');
  });

  it('resends no sooner than 60 seconds, with Retry-After', async () => {
    const { client, filing } = await withMobile();
    expect((await send(client, filing)).statusCode).toBe(200);
    clock.advance(20 * SECOND);
    const soon = await send(client, filing);
    expect(soon.statusCode).toBe(429);
    expect(soon.json().code).toBe('SMS_RESEND_TOO_SOON');
    expect(soon.headers['retry-after']).toBe('40');
    clock.advance(40 * SECOND);
    expect((await send(client, filing)).statusCode).toBe(200);
  });

  it('sends at most 5 codes an hour to one number, with Retry-After until the oldest leaves the hour', async () => {
    const { client, filing } = await withMobile();
    for (let i = 0; i < 5; i++) {
      expect((await send(client, filing)).statusCode).toBe(200);
      clock.advance(2 * MINUTE);
    }
    const sixth = await send(client, filing);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().code).toBe('SMS_HOURLY_LIMIT');
    // The first went 10 minutes ago: 50 minutes to wait.
    expect(sixth.headers['retry-after']).toBe(String(50 * 60));
    clock.advance(50 * MINUTE);
    expect((await send(client, filing)).statusCode).toBe(200);
  });
});

describe('POST /api/filings/:id/sms-code/verify', () => {
  it('confirms the mobile with the right code, once', async () => {
    const { client, filing, mobile } = await withMobile();
    await send(client, filing);
    const code = await latestSmsCode(t, mobile);
    const res = await verify(client, filing, code);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: filing.version + 1, subject: { mobileVerified: true } });
    const again = await verify(client, filing, code);
    expect(again.statusCode).toBe(422);
    expect(again.json().code).toBe('SMS_CODE_EXPIRED');
  });

  it('refuses a wrong code with the tries left, and voids the code after 5 wrong', async () => {
    const { client, filing, mobile } = await withMobile();
    await send(client, filing);
    const code = await latestSmsCode(t, mobile);
    for (const left of [4, 3, 2, 1, 0]) {
      const res = await verify(client, filing, otherThan(code));
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'SMS_CODE_WRONG', triesLeft: left });
    }
    const right = await verify(client, filing, code);
    expect(right.json().code).toBe('SMS_CODE_EXPIRED');
    expect((await client.get(`/api/filings/${filing.id}`)).json().subject.mobileVerified).toBe(false);
  });

  it('refuses a code after 5 minutes', async () => {
    const { client, filing, mobile } = await withMobile();
    await send(client, filing);
    const code = await latestSmsCode(t, mobile);
    clock.advance(5 * MINUTE);
    const res = await verify(client, filing, code);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('SMS_CODE_EXPIRED');
  });

  it('accepts only a code sent to the number saved now', async () => {
    const { client, filing, mobile } = await withMobile();
    await send(client, filing);
    const code = await latestSmsCode(t, mobile);
    await client.put(`/api/filings/${filing.id}/subject`, {
      version: filing.version,
      subject: { principal: { mobile: '13700137000' } },
    });
    const res = await verify(client, filing, code);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('SMS_CODE_EXPIRED');
  });
});
