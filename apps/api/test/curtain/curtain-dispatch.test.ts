// The curtain.dispatch job (opt-in with CURTAIN_AUTO_DISPATCH): on or after the planned date it books each due request with the courier once, records
// the tracking number and sends CURTAIN_SHIPPED; the applicant then reads the tracking and the courier's status.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTrackingNumber } from '../../src/adapters/courier/tracking-number.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { createSimulatorTestApp, passingCases, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { manualClock } from '../helpers/test-app.ts';
import { photoApplicant } from '../photo/photo-fixtures.ts';
import { requestCurtain } from './curtain-fixtures.ts';

const HOUR = 3_600_000;
// Monday 7 December 2026, 16:30 Beijing: a request now ships on Tuesday.
const clock = manualClock(new Date('2026-12-07T08:30:00Z'));
let t: SimulatorTestApp;
// A subject can be in flight in one account only: each applicant files a demo case of its own.
const nextCase = passingCases();
const applicant = () => photoApplicant(t, [nextCase()]);

beforeAll(async () => {
  t = await createSimulatorTestApp(clock, { CURTAIN_AUTO_DISPATCH: 'true' });
});
afterAll(() => t.close());

const dispatch = () => {
  const job = t.app.backgroundJobs.dispatchCurtains;
  if (!job) throw new Error('CURTAIN_AUTO_DISPATCH is on in this file');
  return job();
};

describe('the curtain dispatch job', () => {
  it('ships a request on its planned day, once, with the tracking number and the notice', async () => {
    const fx = await applicant();
    const filing = await fx.photoPending();
    const requested = await requestCurtain(fx.applicant, filing.id);
    expect(requested.json().plannedDispatchDate).toBe('2026-12-08');

    // Monday 23:59 Beijing: not yet.
    clock.set(new Date('2026-12-07T15:59:00Z'));
    expect(await dispatch()).toEqual({ shipped: 0, failed: 0 });
    expect(await t.db.simCourierShipment.count({ where: { ref: requested.json().id } })).toBe(0);

    // Tuesday 00:01 Beijing: two runs at once (two processes, or a retry) ship it once.
    clock.set(new Date('2026-12-07T16:01:00Z'));
    const reports = await Promise.all([dispatch(), dispatch()]);
    expect(reports.reduce((sum, r) => sum + r.shipped, 0)).toBe(1);
    expect(await dispatch()).toEqual({ shipped: 0, failed: 0 });

    const shipments = await t.db.simCourierShipment.findMany({ where: { ref: requested.json().id } });
    expect(shipments).toHaveLength(1);
    expect(shipments[0]).toMatchObject({
      recipient: '陈晓明',
      mobile: '13900139000',
      address: '广东省深圳市南山区科技园科苑路 15 号 2 栋 301',
    });
    const row = await t.db.curtainRequest.findUniqueOrThrow({ where: { id: requested.json().id } });
    expect(row.trackingNo).toBe(shipments[0]?.trackingNo);
    expect(isTrackingNumber(row.trackingNo ?? '')).toBe(true);
    expect(row.shippedAt).toEqual(clock.now());

    const notices = await t.db.notification.findMany({ where: { filingId: filing.id, template: 'CURTAIN_SHIPPED' } });
    expect(notices.map((n) => n.channel).sort()).toEqual(['EMAIL', 'IN_APP', 'SMS']);
    for (const notice of notices) {
      expect(notice.params).toEqual({ orderNo: filing.orderNo, trackingNo: row.trackingNo });
    }
    // The text goes to the recipient, who waits for the parcel.
    expect(notices.find((n) => n.channel === 'SMS')?.recipient).toBe('13900139000');

    const read = async () => (await fx.applicant.get('/api/curtain-request')).json().request;
    expect(await read()).toMatchObject({
      trackingNo: row.trackingNo,
      shippedAt: clock.now().toISOString(),
      shipment: { status: 'CREATED', timeline: [{ status: 'CREATED', at: clock.now().toISOString() }] },
    });
    clock.advance(4 * HOUR);
    expect((await read()).shipment.status).toBe('PICKED_UP');
  });

  it('ships everything due, leaves what is planned later, and says nothing twice', async () => {
    // Friday 11 December 15:00 and 17:00 Beijing: Friday, and the next Monday.
    clock.set(new Date('2026-12-11T07:00:00Z'));
    const early = await applicant();
    const late = await applicant();
    const earlyFiling = await early.photoPending();
    const lateFiling = await late.photoPending();
    const friday = (await requestCurtain(early.applicant, earlyFiling.id)).json();
    clock.set(new Date('2026-12-11T09:00:00Z'));
    const monday = (await requestCurtain(late.applicant, lateFiling.id)).json();
    expect([friday.plannedDispatchDate, monday.plannedDispatchDate]).toEqual(['2026-12-11', '2026-12-14']);

    // Saturday: only Friday's.
    clock.set(new Date('2026-12-12T02:00:00Z'));
    expect(await dispatch()).toEqual({ shipped: 1, failed: 0 });
    const shippedIds = async () =>
      (await t.db.curtainRequest.findMany({ where: { shippedAt: { not: null } }, select: { id: true } })).map(
        (r) => r.id,
      );
    expect(await shippedIds()).toContain(friday.id);
    expect(await shippedIds()).not.toContain(monday.id);

    clock.set(new Date('2026-12-14T01:00:00Z'));
    expect(await dispatch()).toEqual({ shipped: 1, failed: 0 });
    expect(await dispatch()).toEqual({ shipped: 0, failed: 0 });
    expect(await t.db.notification.count({ where: { filingId: earlyFiling.id, template: 'CURTAIN_SHIPPED' } })).toBe(3);
    expect(await t.db.notification.count({ where: { filingId: lateFiling.id, template: 'CURTAIN_SHIPPED' } })).toBe(3);
  });

  it('runs on the job runner as curtain.dispatch', async () => {
    const runner = createJobRunner({ db: t.db, clock, jobs: t.app.backgroundJobs.list, log: { error: () => {} } });
    expect(await runner.run('curtain.dispatch')).toBe(true);
    await runner.stop();
    expect(await t.db.jobLease.findUniqueOrThrow({ where: { name: 'curtain.dispatch' } })).toMatchObject({
      lastError: null,
    });
  });
});
