// POST /api/filings/:id/curtain-request and GET /api/curtain-request: one free curtain per account, for a filing
// waiting for its photo, with a real address and the planned dispatch date by the 16:00 working-day rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSimulatorTestApp,
  freshApplicant,
  passingCases,
  type SimulatorTestApp,
} from '../filings/filing-fixtures.ts';
import { expectAnsweredAsMissing } from '../helpers/answered-as-missing.ts';
import { manualClock } from '../helpers/test-app.ts';
import { photoApplicant } from '../photo/photo-fixtures.ts';
import { ADDRESS, requestCurtain } from './curtain-fixtures.ts';

// Monday 28 September 2026, 10:00 Beijing; the dispatch-date cases set their own moments.
const clock = manualClock(new Date('2026-09-28T02:00:00Z'));
let t: SimulatorTestApp;
// A subject can be in flight in one account only: each applicant files a demo case of its own.
const nextCase = passingCases();
const applicant = () => photoApplicant(t, [nextCase()]);

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

describe('the curtain request', () => {
  it('records the address, answers the planned date, and shows the request to its account only', async () => {
    const fx = await applicant();
    const filing = await fx.photoPending();
    expect((await fx.applicant.get('/api/curtain-request')).json()).toEqual({
      request: null,
      furtherRequestGranted: false,
    });

    const res = await requestCurtain(fx.applicant, filing.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      filingId: filing.id,
      orderNo: filing.orderNo,
      recipient: '陈晓明',
      mobileMasked: '139****9000',
      address: '广东省深圳市南山区科技园科苑路 15 号 2 栋 301',
      requestedAt: clock.now().toISOString(),
      plannedDispatchDate: '2026-09-28',
      trackingNo: null,
      shippedAt: null,
      shipment: null,
    });
    expect(res.body).not.toContain('13900139000');
    const row = await t.db.curtainRequest.findFirstOrThrow({ where: { accountId: filing.accountId } });
    expect(row).toMatchObject({ mobile: '13900139000', districtCode: '440305', requestedAt: clock.now() });
    expect((await fx.applicant.get('/api/curtain-request')).json()).toEqual({
      request: res.json(),
      furtherRequestGranted: false,
    });

    const { client: other } = await freshApplicant(t);
    expect((await other.get('/api/curtain-request')).json()).toEqual({ request: null, furtherRequestGranted: false });
    await expectAnsweredAsMissing((id) => requestCurtain(other, id), filing.id);
  });

  it('refuses a second request, for any filing of the account, naming the first one', async () => {
    const fx = await applicant();
    const first = await fx.photoPending();
    const second = await fx.photoPending();
    const requested = await requestCurtain(fx.applicant, first.id);
    expect(requested.statusCode, requested.body).toBe(201);
    // Shipped: the refusal names the tracking number too.
    await t.db.curtainRequest.update({
      where: { id: requested.json().id },
      data: { trackingNo: 'SF1000000000017', shippedAt: clock.now() },
    });

    for (const filingId of [first.id, second.id]) {
      const again = await requestCurtain(fx.applicant, filingId);
      expect(again.statusCode, again.body).toBe(409);
      expect(again.json()).toMatchObject({
        code: 'CURTAIN_ALREADY_REQUESTED',
        firstRequest: {
          requestedAt: clock.now().toISOString(),
          orderNo: first.orderNo,
          trackingNo: 'SF1000000000017',
        },
      });
      expect(again.json().detail).toContain('2026-09-28 10:00 (Beijing time)');
      expect(again.json().detail).toContain(first.orderNo);
      expect(again.json().detail).toContain('SF1000000000017');
    }
    expect(await t.db.curtainRequest.count({ where: { accountId: first.accountId } })).toBe(1);
  });

  it('takes one of two requests sent at once and refuses the other as a second request', async () => {
    const fx = await applicant();
    const a = await fx.photoPending();
    const b = await fx.photoPending();
    const results = await Promise.all([requestCurtain(fx.applicant, a.id), requestCurtain(fx.applicant, b.id)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const refused = results.find((r) => r.statusCode === 409)?.json();
    expect(refused).toMatchObject({ code: 'CURTAIN_ALREADY_REQUESTED', firstRequest: { trackingNo: null } });
    expect(refused.detail).toContain('not shipped yet');
    expect(await t.db.curtainRequest.count({ where: { accountId: a.accountId } })).toBe(1);
  });

  it('refuses a bad mobile, an unknown district and a district of another city, naming the field', async () => {
    const fx = await applicant();
    const filing = await fx.photoPending();
    const cases = [
      [{ mobile: '1234567' }, 'mobile'],
      [{ districtCode: '440399' }, 'districtCode'],
      // 天河区 is Guangzhou's, not Shenzhen's.
      [{ districtCode: '440106' }, 'districtCode'],
      [{ cityCode: '310100' }, 'cityCode'],
      [{ recipient: ' ' }, 'recipient'],
      [{ addressDetail: '' }, 'addressDetail'],
    ] as const;
    for (const [change, path] of cases) {
      const res = await requestCurtain(fx.applicant, filing.id, { ...ADDRESS, ...change });
      expect(res.statusCode, JSON.stringify(change)).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(res.json().errors, JSON.stringify(change)).toEqual([expect.objectContaining({ path })]);
    }
    const other = await requestCurtain(fx.applicant, filing.id, { ...ADDRESS, districtCode: '440106' });
    expect(other.json().errors[0].message).toBe('This district is not in the chosen city.');
    const unknown = await requestCurtain(fx.applicant, filing.id, { ...ADDRESS, districtCode: '440399' });
    expect(unknown.json().errors[0].message).toBe('No district or county has this code.');
    expect(await t.db.curtainRequest.count({ where: { accountId: filing.accountId } })).toBe(0);
  });

  it('is only for a filing waiting for its photo, and only for applicants', async () => {
    const fx = await applicant();
    const draft = await fx.readyDraft();
    const res = await requestCurtain(fx.applicant, draft.id);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json()).toMatchObject({ code: 'PHOTO_NOT_DUE' });
    expect(await t.db.curtainRequest.count({ where: { accountId: fx.applicantId } })).toBe(0);

    expect((await fx.reviewer.client.get('/api/curtain-request')).statusCode).toBe(403);
    expect((await requestCurtain(fx.admin, draft.id)).statusCode).toBe(403);
  });
});

describe('the planned dispatch date (Beijing time, 16:00 cut-off, mainland working days)', () => {
  // [requested at (UTC), planned date, why]
  const cases = [
    ['2026-10-01T02:00:00Z', '2026-10-08', 'National Day (a holiday to 7 October): the first working day after it'],
    ['2026-10-09T09:00:00Z', '2026-10-10', 'Friday 17:00 before a make-up Saturday: that Saturday'],
    ['2026-10-10T02:00:00Z', '2026-10-10', 'a make-up working Saturday at 10:00: the same day'],
    ['2026-12-07T07:59:00Z', '2026-12-07', 'Monday 15:59: the same day'],
    ['2026-12-07T08:00:00Z', '2026-12-08', 'Monday 16:00: the next working day'],
    ['2026-12-11T10:00:00Z', '2026-12-14', 'Friday 18:00: the next Monday'],
  ] as const;

  it.each(cases)('%s → %s (%s)', async (at, planned) => {
    // The applicant's filing reaches its photo at that moment (a session lasts hours, not weeks).
    clock.set(new Date(at));
    const fx = await applicant();
    const filing = await fx.photoPending();
    const res = await requestCurtain(fx.applicant, filing.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ requestedAt: new Date(at).toISOString(), plannedDispatchDate: planned });
  });
});
