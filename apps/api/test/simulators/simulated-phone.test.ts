// The simulated phone an applicant opens from the SMS field: the texts sent to the numbers on their own filing, about
// that filing only; someone else's filing is a 404, and the route is rate-limited per account.
import type { SimulatedPhone } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSimulatorTestApp,
  filingWithMobile,
  freshApplicant,
  latestSmsCode,
  passingCases,
  type SimulatorTestApp,
} from '../filings/filing-fixtures.ts';
import type { Client } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
const nextCase = passingCases();
let t: SimulatorTestApp;
let mobiles = 0;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

const withMobile = (mobile = `1370000${String(1000 + ++mobiles)}`) => filingWithMobile(t, nextCase(), mobile);

const phoneOf = (client: Client, filing: { id: string }) => client.get(`/api/filings/${filing.id}/simulated-phone`);

describe('GET /api/filings/:id/simulated-phone', () => {
  it('shows the owner the code texted to the principal’s mobile, the number masked', async () => {
    const { client, filing, mobile } = await withMobile();
    const before = await phoneOf(client, filing);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toEqual({ mobiles: [`${mobile.slice(0, 3)}****${mobile.slice(-4)}`], messages: [] });

    const sent = await client.post(`/api/filings/${filing.id}/sms-code`);
    expect(sent.json()).toMatchObject({ simulatedPhone: true });
    const code = await latestSmsCode(t, mobile);

    const phone = (await phoneOf(client, filing)).json() as SimulatedPhone;
    expect(phone.messages).toHaveLength(1);
    expect(phone.messages[0]).toMatchObject({ mobileMasked: phone.mobiles[0], purpose: 'PRINCIPAL_MOBILE' });
    expect(phone.messages[0]?.body).toContain(`您的验证码为 ${code}`);
    expect(JSON.stringify(phone)).not.toContain(mobile);
  });

  it('answers 404 for another applicant’s filing, as for one that does not exist', async () => {
    const { filing } = await withMobile();
    const { client: stranger } = await freshApplicant(t);
    const res = await phoneOf(stranger, filing);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
    expect((await phoneOf(stranger, { id: '00000000-0000-4000-8000-000000000000' })).json().code).toBe('NOT_FOUND');
  });

  it('does not show the texts another filing had sent to the same number', async () => {
    const mobile = `1370000${String(1000 + ++mobiles)}`;
    const mine = await withMobile(mobile);
    const other = await withMobile(mobile);
    expect((await other.client.post(`/api/filings/${other.filing.id}/sms-code`)).statusCode).toBe(200);
    clock.advance(61_000);

    expect((await phoneOf(mine.client, mine.filing)).json().messages).toEqual([]);
    await mine.client.post(`/api/filings/${mine.filing.id}/sms-code`);
    const phone = (await phoneOf(mine.client, mine.filing)).json() as SimulatedPhone;
    expect(phone.messages).toHaveLength(1);
    expect(phone.messages[0]?.body).toContain(await latestSmsCode(t, mobile));
  });

  it('is rate-limited per account', async () => {
    const { client, filing } = await withMobile();
    const answers = [];
    for (let i = 0; i < 31; i++) answers.push((await phoneOf(client, filing)).statusCode);
    expect(answers.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(answers[30]).toBe(429);
  });
});
