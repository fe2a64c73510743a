// The admin's curtain desk: today's batch by the 16:00 rule, the courier's bulk-order CSV, tracking numbers imported
// row by row (the good ones recorded and notified, the bad ones reported), delivery and return with their state
// guards, granted further curtains with the postage paid by the applicant, and the audit rows of each.
import { randomUUID } from 'node:crypto';
import { CURTAIN_AUDIT_ACTIONS } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trackingNumberFor } from '../../src/adapters/courier/tracking-number.ts';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';
import { BATCH_CSV_HEADER } from '../../src/modules/curtain/curtain-batch-csv.ts';
import { ADDRESS, requestCurtain } from '../curtain/curtain-fixtures.ts';
import {
  createSimulatorTestApp,
  freshApplicant,
  passingCases,
  type SimulatorTestApp,
} from '../filings/filing-fixtures.ts';
import { type Client, createClient, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { photoApplicant } from '../photo/photo-fixtures.ts';

// Monday 7 December 2026, 10:00 Beijing, a working day.
const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
/** A moment of Monday 7 December in Beijing time. */
const monday = (hhmm: string) => new Date(`2026-12-07T${hhmm}:00+08:00`);
let t: SimulatorTestApp;
let admin: Client;
let adminId: string;
const nextCase = passingCases();

// Numbers far above the simulator's own sequence, so the courier simulator never hands them out itself.
let nextNumber = 90_000_000_000n;
const trackingNo = () => trackingNumberFor(nextNumber++);

beforeAll(async () => {
  // The clock moves a day and back: sessions outlive it.
  t = await createSimulatorTestApp(clock, { SESSION_TTL_HOURS: '720' });
  const signedIn = await signedInClient(t.app, t.db, 'ADMIN');
  admin = signedIn.client;
  adminId = signedIn.account.id;
});
afterAll(() => t.close());

/** A fresh applicant with a filing waiting for its photo and a curtain requested at `at`, with `address`. */
async function requested(at: Date, address: object = ADDRESS) {
  clock.set(at);
  const fx = await photoApplicant(t, [nextCase()]);
  const filing = await fx.photoPending();
  clock.set(at);
  const res = await requestCurtain(fx.applicant, filing.id, address);
  expect(res.statusCode, res.body).toBe(201);
  return { fx, filing, request: res.json() as { id: string; plannedDispatchDate: string } };
}

const list = async (query: string) => {
  const res = await admin.get(`/api/admin/curtains?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    rows: { id: string }[];
    total: number;
    batchCount: number;
    today: string;
    batchThrough: string;
  };
};
const ids = (page: { rows: { id: string }[] }) => page.rows.map((r) => r.id);

describe('the curtain desk', () => {
  it('keeps the automatic dispatch off by default: the desk is the way curtains ship', () => {
    expect(t.app.backgroundJobs.dispatchCurtains).toBeNull();
    expect(t.app.backgroundJobs.list.map((job) => job.name)).not.toContain('curtain.dispatch');
  });

  it("cuts today's batch by the 16:00 rule and filters the list", async () => {
    const before = await requested(monday('15:59'));
    const after = await requested(monday('16:01'));
    expect([before.request.plannedDispatchDate, after.request.plannedDispatchDate]).toEqual([
      '2026-12-07',
      '2026-12-08',
    ]);

    clock.set(monday('17:00'));
    const batch = await list('batch=today');
    expect(batch.today).toBe('2026-12-07');
    expect(ids(batch)).toContain(before.request.id);
    expect(ids(batch)).not.toContain(after.request.id);
    expect(batch.batchCount).toBe(batch.total);
    expect(batch.rows.find((r) => r.id === before.request.id)).toMatchObject({
      orderNo: before.filing.orderNo,
      status: 'REQUESTED',
      recipient: '陈晓明',
      mobileMasked: '139****9000',
      provinceName: '广东省',
      cityName: '深圳市',
      districtName: '南山区',
      addressDetail: ADDRESS.addressDetail,
      plannedDispatchDate: '2026-12-07',
      trackingNo: null,
      postagePaidByApplicant: false,
    });
    // The full mobile is not in the list.
    expect(JSON.stringify(batch)).not.toContain('13900139000');

    const tuesday = await list('status=REQUESTED&provinceCode=44&from=2026-12-08&to=2026-12-08');
    expect(ids(tuesday)).toEqual([after.request.id]);
    expect(ids(await list('provinceCode=11'))).toEqual([]);
    const paged = await list('pageSize=1&page=2');
    expect(paged.rows).toHaveLength(1);
    expect(paged.total).toBeGreaterThanOrEqual(2);

    // Cut in advance through Tuesday, Monday evening's batch holds the 16:01 request too, list and CSV alike; a day
    // before today cuts today's batch.
    const ahead = await list('batch=today&through=2026-12-08');
    expect(ahead).toMatchObject({ today: '2026-12-07', batchThrough: '2026-12-08', batchCount: batch.batchCount });
    expect(ids(ahead)).toEqual(expect.arrayContaining([before.request.id, after.request.id]));
    const aheadCsv = await admin.get('/api/admin/curtains/batch.csv?through=2026-12-08');
    expect(aheadCsv.headers['content-disposition']).toBe('attachment; filename="curtain-batch-2026-12-08.csv"');
    expect(parseCsv(aheadCsv.body).map((r) => r[0])).toEqual(expect.arrayContaining([after.request.id]));
    const past = await list('batch=today&through=2026-12-01');
    expect(past.batchThrough).toBe('2026-12-07');
    expect(ids(past)).not.toContain(after.request.id);

    // Tuesday morning: the 16:01 request joins the batch.
    clock.set(new Date('2026-12-08T09:00:00+08:00'));
    expect(ids(await list('batch=today'))).toEqual(expect.arrayContaining([before.request.id, after.request.id]));
  });

  it('exports the batch as the courier template, with Chinese, a comma and a quote intact, and audits it', async () => {
    const tricky = { ...ADDRESS, recipient: '欧阳娜娜', addressDetail: '科技园"南区"3 栋, 301 室' };
    const { request, filing } = await requested(monday('09:00'), tricky);
    clock.set(monday('10:00'));

    const res = await admin.get('/api/admin/curtains/batch.csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="curtain-batch-2026-12-07.csv"');
    expect(res.body.startsWith('\uFEFF')).toBe(true);

    const [header, ...rows] = parseCsv(res.body);
    expect(header).toEqual([...BATCH_CSV_HEADER]);
    expect(rows.find((r) => r[0] === request.id)).toEqual([
      request.id,
      '欧阳娜娜',
      '13900139000',
      '广东省',
      '深圳市',
      '南山区',
      '科技园"南区"3 栋, 301 室',
      '备案幕布',
      '1',
      '寄付月结',
      `订单 ${filing.orderNo}`,
    ]);

    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'curtain.export' },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({ actorId: adminId, targetType: 'curtainRequest', at: clock.now() });
    expect((audit.detail as { requestIds: string[] }).requestIds).toContain(request.id);
    expect(CURTAIN_AUDIT_ACTIONS).toContain('curtain.export');
  });

  it('imports tracking numbers: good rows shipped and notified, bad rows reported with why', async () => {
    const a = await requested(monday('08:00'));
    const b = await requested(monday('08:10'));
    const c = await requested(monday('08:20'));
    clock.set(monday('11:00'));
    const exported = parseCsv((await admin.get('/api/admin/curtains/batch.csv')).body);
    const rowOf = (id: string) => exported.find((r) => r[0] === id) ?? [];
    const [numberA, numberB] = [trackingNo(), trackingNo()];
    // The exported file with a 运单号 column added, as the courier's bulk order gives it back.
    const file = toCsv(
      [...BATCH_CSV_HEADER, '运单号'],
      [
        [...rowOf(a.request.id), numberA],
        [...rowOf(b.request.id), 'SF123'],
        [randomUUID(), ...rowOf(c.request.id).slice(1), trackingNo()],
        [...rowOf(c.request.id), numberB],
        [...rowOf(a.request.id), trackingNo()],
      ],
    );

    const res = await admin.post('/api/admin/curtains/tracking-import', { csv: file });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.applied).toEqual([
      { row: 2, id: a.request.id, orderNo: a.filing.orderNo, trackingNo: numberA },
      { row: 5, id: c.request.id, orderNo: c.filing.orderNo, trackingNo: numberB },
    ]);
    expect(report.rejected.map((r: { row: number; problem: string }) => [r.row, r.problem])).toEqual([
      [3, 'TRACKING_NO_MALFORMED'],
      [4, 'UNKNOWN_REFERENCE'],
      [6, 'DUPLICATE_IN_FILE'],
    ]);

    const row = await t.db.curtainRequest.findUniqueOrThrow({ where: { id: a.request.id } });
    expect(row).toMatchObject({ status: 'SHIPPED', trackingNo: numberA, shippedAt: clock.now() });
    expect(await t.db.curtainRequest.findUniqueOrThrow({ where: { id: b.request.id } })).toMatchObject({
      status: 'REQUESTED',
      trackingNo: null,
    });
    const notices = await t.db.notification.findMany({ where: { filingId: a.filing.id, template: 'CURTAIN_SHIPPED' } });
    expect(notices.map((n) => n.channel).sort()).toEqual(['EMAIL', 'IN_APP', 'SMS']);
    for (const notice of notices) expect(notice.params).toEqual({ orderNo: a.filing.orderNo, trackingNo: numberA });
    expect(await t.db.auditLog.count({ where: { action: 'curtain.ship', targetId: a.request.id } })).toBe(1);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'curtain.ship', targetId: c.request.id } });
    expect(audit).toMatchObject({
      actorId: adminId,
      targetType: 'curtainRequest',
      filingId: c.filing.id,
      before: { status: 'REQUESTED', trackingNo: null },
      after: { status: 'SHIPPED', trackingNo: numberB },
    });

    // The applicant sees the number, and the courier (simulated) tracks the parcel under it.
    const seen = (await a.fx.applicant.get('/api/curtain-request')).json().request;
    expect(seen).toMatchObject({
      status: 'SHIPPED',
      trackingNo: numberA,
      shipment: { status: 'CREATED', timeline: [{ status: 'CREATED', at: clock.now().toISOString() }] },
    });
    clock.advance(5 * 3_600_000);
    expect((await a.fx.applicant.get('/api/curtain-request')).json().request.shipment.status).toBe('PICKED_UP');

    // A simple two-column file by order number: the same number again changes nothing; another number for a shipped
    // parcel, and a number another parcel has, are refused.
    const again = await admin.post('/api/admin/curtains/tracking-import', {
      csv: `订单号,运单号\r\n${a.filing.orderNo},${numberA}\r\n${c.filing.orderNo},${trackingNo()}\r\n${b.filing.orderNo},${numberB}\r\n`,
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({
      applied: [],
      unchanged: [{ row: 2, id: a.request.id, trackingNo: numberA }],
      rejected: [
        { row: 3, problem: 'ALREADY_SHIPPED' },
        { row: 4, problem: 'TRACKING_NO_TAKEN' },
      ],
    });
    expect(await t.db.auditLog.count({ where: { action: 'curtain.ship', targetId: a.request.id } })).toBe(1);
    expect(await t.db.notification.count({ where: { filingId: a.filing.id, template: 'CURTAIN_SHIPPED' } })).toBe(3);

    // A file with neither column is refused as a whole.
    const unreadable = await admin.post('/api/admin/curtains/tracking-import', { csv: 'a,b,c\r\n1,2,3\r\n' });
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.json().code).toBe('VALIDATION_FAILED');
    // At most 1 MB of UTF-8: 400,000 Chinese characters are 1.2 MB.
    const large = await admin.post('/api/admin/curtains/tracking-import', {
      csv: `订单号,运单号\r\n${'号'.repeat(400_000)}`,
    });
    expect([large.statusCode, large.json().code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('ships, delivers and returns one by one, refusing the wrong state with clear codes', async () => {
    const one = await requested(monday('08:30'));
    const two = await requested(monday('08:40'));
    clock.set(monday('12:00'));
    const act = (id: string, what: string, body?: object) => admin.post(`/api/admin/curtains/${id}/${what}`, body);
    const code = async (res: Promise<{ statusCode: number; json: () => { code: string } }>) => {
      const r = await res;
      return [r.statusCode, r.json().code];
    };

    expect(await code(act(one.request.id, 'deliver'))).toEqual([409, 'CURTAIN_NOT_SHIPPED']);
    expect(await code(act(one.request.id, 'return', { reason: '地址错误' }))).toEqual([409, 'CURTAIN_NOT_SHIPPED']);
    const valid = trackingNo();
    const wrongCheckDigit = `${valid.slice(0, 14)}${(Number(valid[14]) + 1) % 10}`;
    expect(await code(act(one.request.id, 'ship', { trackingNo: wrongCheckDigit }))).toEqual([
      400,
      'TRACKING_NO_INVALID',
    ]);
    expect(await code(act(randomUUID(), 'ship', { trackingNo: valid }))).toEqual([404, 'NOT_FOUND']);

    const shipped = await act(one.request.id, 'ship', { trackingNo: valid.toLowerCase() });
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(shipped.json()).toMatchObject({
      status: 'SHIPPED',
      trackingNo: valid,
      shippedAt: clock.now().toISOString(),
    });
    expect((await act(one.request.id, 'ship', { trackingNo: valid })).statusCode).toBe(200);
    expect(await code(act(one.request.id, 'ship', { trackingNo: trackingNo() }))).toEqual([
      409,
      'CURTAIN_ALREADY_SHIPPED',
    ]);
    expect(await code(act(two.request.id, 'ship', { trackingNo: valid }))).toEqual([409, 'TRACKING_NO_TAKEN']);
    expect((await one.fx.applicant.get('/api/curtain-request')).json().request.trackingNo).toBe(valid);

    const delivered = await act(one.request.id, 'deliver');
    expect(delivered.json()).toMatchObject({ status: 'DELIVERED', deliveredAt: clock.now().toISOString() });
    expect(await code(act(one.request.id, 'deliver'))).toEqual([409, 'CURTAIN_ALREADY_DELIVERED']);
    expect(await code(act(one.request.id, 'return', { reason: '拒收' }))).toEqual([409, 'CURTAIN_ALREADY_DELIVERED']);

    expect((await act(two.request.id, 'ship', { trackingNo: trackingNo() })).statusCode).toBe(200);
    expect(await code(act(two.request.id, 'return', { reason: '' }))).toEqual([400, 'VALIDATION_FAILED']);
    const returned = await act(two.request.id, 'return', { reason: '地址不详，退回' });
    expect(returned.json()).toMatchObject({ status: 'RETURNED', returnedAt: clock.now().toISOString() });
    expect(await code(act(two.request.id, 'deliver'))).toEqual([409, 'CURTAIN_ALREADY_RETURNED']);

    expect(
      await t.db.auditLog.findFirstOrThrow({ where: { action: 'curtain.deliver', targetId: one.request.id } }),
    ).toMatchObject({ actorId: adminId, before: { status: 'SHIPPED' }, after: { status: 'DELIVERED' } });
    const returnAudit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'curtain.return', targetId: two.request.id },
    });
    expect(returnAudit).toMatchObject({ before: { status: 'SHIPPED' }, after: { status: 'RETURNED' } });
    expect(returnAudit.detail).toMatchObject({ reason: '地址不详，退回' });
    expect(await t.db.auditLog.count({ where: { action: { startsWith: 'curtain.' }, targetId: one.request.id } })).toBe(
      2,
    );

    // Only admins, and before anything is read.
    expect((await createClient(t.app).post(`/api/admin/curtains/${one.request.id}/deliver`)).statusCode).toBe(401);
    expect((await one.fx.applicant.get('/api/admin/curtains')).statusCode).toBe(403);
    expect((await one.fx.applicant.get('/api/admin/curtains/batch.csv')).statusCode).toBe(403);
  });

  it('grants exactly one more curtain, with the postage paid by the applicant', async () => {
    const { fx, filing, request } = await requested(monday('09:30'));
    clock.set(monday('13:00'));
    const again = () => requestCurtain(fx.applicant, filing.id, { ...ADDRESS, addressDetail: '新地址 8 号' });
    const refused = await again();
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'CURTAIN_ALREADY_REQUESTED']);

    const { account: newcomer } = await freshApplicant(t);
    const early = await admin.post('/api/admin/curtain-grants', { accountId: newcomer.id, reason: '试试' });
    expect([early.statusCode, early.json().code]).toEqual([409, 'CURTAIN_GRANT_NOT_NEEDED']);
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const staff = await admin.post('/api/admin/curtain-grants', { accountId: reviewer.account.id, reason: '试试' });
    expect([staff.statusCode, staff.json().code]).toEqual([409, 'CURTAIN_GRANT_NOT_APPLICANT']);

    const account = await t.db.account.findUniqueOrThrow({ where: { id: filing.accountId } });
    const granted = await admin.post('/api/admin/curtain-grants', {
      email: account.email.toUpperCase(),
      reason: '首块幕布快递丢失',
    });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json()).toMatchObject({ accountId: account.id, reason: '首块幕布快递丢失', usedAt: null });
    const twice = await admin.post('/api/admin/curtain-grants', { accountId: account.id, reason: '再来一块' });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'CURTAIN_GRANT_NOT_NEEDED']);
    expect(
      await t.db.auditLog.findFirstOrThrow({ where: { action: 'curtain.grant', targetId: account.id } }),
    ).toMatchObject({
      actorId: adminId,
      targetType: 'account',
      detail: expect.objectContaining({ reason: '首块幕布快递丢失' }),
    });
    expect((await fx.applicant.get('/api/curtain-request')).json().furtherRequestGranted).toBe(true);

    const second = await again();
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ sequence: 2, postagePaidByApplicant: true, status: 'REQUESTED' });
    const row = await t.db.curtainRequest.findUniqueOrThrow({ where: { id: second.json().id } });
    expect(row.grantId).toBe(granted.json().id);
    expect(await t.db.curtainGrant.findUniqueOrThrow({ where: { id: granted.json().id } })).toMatchObject({
      usedAt: clock.now(),
    });
    expect((await fx.applicant.get('/api/curtain-request')).json()).toMatchObject({
      request: { id: second.json().id, sequence: 2 },
      furtherRequestGranted: false,
    });
    const third = await again();
    expect([third.statusCode, third.json().code]).toEqual([409, 'CURTAIN_ALREADY_REQUESTED']);
    expect(await t.db.curtainRequest.count({ where: { accountId: account.id } })).toBe(2);

    // In the batch and the courier's file: 到付.
    const [, ...rows] = parseCsv((await admin.get('/api/admin/curtains/batch.csv')).body);
    expect(rows.find((r) => r[0] === second.json().id)?.[9]).toBe('到付');
    expect(rows.find((r) => r[0] === request.id)?.[9]).toBe('寄付月结');
  });
});
