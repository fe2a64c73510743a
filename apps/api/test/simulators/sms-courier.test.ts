// The SMS gateway and courier simulators, and their admin inspection routes (masked, admins only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('SMS gateway simulator', () => {
  it('records each text in the outbox and lists it to admins with the number masked', async () => {
    const { messageId } = await t.adapters.sms.send({
      mobile: '+86 138-0013-8000',
      template: 'VERIFY_CODE',
      params: { code: '246810', minutes: '5' },
      purpose: 'PRINCIPAL_MOBILE',
    });
    const stored = await t.db.simSmsMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(stored.mobile).toBe('13800138000');
    expect(stored.body).toContain('246810');

    const { client: admin } = await signedInClient(t.app, t.db, 'ADMIN');
    const res = await admin.get('/api/simulator/sms-outbox?limit=10');
    expect(res.statusCode).toBe(200);
    expect(res.json().messages[0]).toMatchObject({
      id: messageId,
      mobileMasked: '138****8000',
      template: 'VERIFY_CODE',
      purpose: 'PRINCIPAL_MOBILE',
    });
    expect(res.body).not.toContain('13800138000');
  });

  it('refuses a number that is not a mainland mobile', async () => {
    await expect(
      t.adapters.sms.send({ mobile: '010-12345678', template: 'VERIFY_CODE', params: {}, purpose: 'NOTIFICATION' }),
    ).rejects.toThrow(/mainland mobile/);
  });

  it('is for admins only', async () => {
    const { client } = await signedInClient(t.app, t.db, 'REVIEWER');
    expect((await client.get('/api/simulator/sms-outbox')).statusCode).toBe(403);
    expect((await client.get('/api/simulator/shipments')).statusCode).toBe(403);
  });
});

describe('courier simulator', () => {
  const request = {
    recipient: '陈晓明',
    address: '广东省深圳市南山区科技园路1号',
    mobile: '13900139000',
    ref: 'curtain-1',
  };

  it('hands out unique SF tracking numbers', async () => {
    const numbers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => t.adapters.courier.createShipment({ ...request, ref: `unique-${i}` })),
    );
    const set = new Set(numbers.map((n) => n.trackingNo));
    expect(set.size).toBe(8);
    for (const n of set) expect(n).toMatch(/^SF\d{13}$/);
  });

  it('books one shipment per ref, however often and however concurrently it is asked', async () => {
    const numbers = await Promise.all(Array.from({ length: 6 }, () => t.adapters.courier.createShipment(request)));
    expect(new Set(numbers.map((n) => n.trackingNo)).size).toBe(1);
    expect(await t.db.simCourierShipment.count({ where: { ref: request.ref } })).toBe(1);
    expect(await t.adapters.courier.createShipment(request)).toEqual(numbers[0]);
  });

  it('moves a shipment along with the clock until it is delivered', async () => {
    const { trackingNo } = await t.adapters.courier.createShipment({ ...request, ref: 'curtain-2' });
    const status = async () => (await t.adapters.courier.getShipment(trackingNo))?.status;
    expect(await status()).toBe('CREATED');
    clock.advance(5 * HOUR);
    expect(await status()).toBe('PICKED_UP');
    clock.advance(8 * HOUR);
    expect(await status()).toBe('IN_TRANSIT');
    clock.advance(36 * HOUR);
    const delivered = await t.adapters.courier.getShipment(trackingNo);
    expect(delivered?.timeline.map((s) => s.status)).toEqual(['CREATED', 'PICKED_UP', 'IN_TRANSIT', 'DELIVERED']);
    expect(await t.adapters.courier.getShipment('SF0000000000000')).toBeNull();
  });

  it('can be marked delivered early, and admins see it masked', async () => {
    const { trackingNo } = await t.adapters.courier.createShipment({ ...request, ref: 'curtain-3' });
    clock.advance(HOUR);
    const delivered = await t.adapters.simulators?.courier.markDelivered(trackingNo);
    expect(delivered?.status).toBe('DELIVERED');
    expect(delivered?.timeline.at(-1)?.at).toEqual(clock.now());

    const { client: admin } = await signedInClient(t.app, t.db, 'ADMIN');
    const res = await admin.get('/api/simulator/shipments');
    expect(res.statusCode).toBe(200);
    const listed = res.json().shipments.find((s: { trackingNo: string }) => s.trackingNo === trackingNo);
    expect(listed).toMatchObject({ status: 'DELIVERED', mobileMasked: '139****9000', ref: 'curtain-3' });
    expect(res.body).not.toContain('13900139000');
  });
});
