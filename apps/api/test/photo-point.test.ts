// The photo-point operator finds a filing by order number only while it waits for its photo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filingRow } from './helpers/filing-rows.ts';
import { signedInClient } from './helpers/http-client.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function filingIn(status: 'PHOTO_PENDING' | 'INITIAL_REVIEW', orderNo: string) {
  const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
  await t.db.filing.create({ data: filingRow({ orderNo, accountId: account.id, status }) });
}

describe('GET /api/photo-point/orders/:orderNo', () => {
  it('finds a filing waiting for its photo, accepting lower case', async () => {
    await filingIn('PHOTO_PENDING', 'BA2026112900101');
    const { client } = await signedInClient(t.app, t.db, 'OPERATOR');
    const res = await client.get('/api/photo-point/orders/ba2026112900101');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ filing: { orderNo: 'BA2026112900101', status: 'PHOTO_PENDING', province: '44' } });
  });

  it('does not reveal filings at other stages or unknown numbers', async () => {
    await filingIn('INITIAL_REVIEW', 'BA2026112900102');
    const { client } = await signedInClient(t.app, t.db, 'OPERATOR');
    const other = await client.get('/api/photo-point/orders/BA2026112900102');
    const unknown = await client.get('/api/photo-point/orders/BA2026112999999');
    expect(other.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(other.json().detail).toBe(unknown.json().detail.replace('BA2026112999999', 'BA2026112900102'));
  });

  it('refuses malformed numbers and non-operators', async () => {
    const operator = await signedInClient(t.app, t.db, 'OPERATOR');
    const bad = await operator.client.get('/api/photo-point/orders/12345');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('params.orderNo');
    const applicant = await signedInClient(t.app, t.db, 'APPLICANT');
    expect((await applicant.client.get('/api/photo-point/orders/BA2026112900101')).statusCode).toBe(403);
  });
});
