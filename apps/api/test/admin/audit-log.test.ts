// The audit log as an administrator reads it: filing transitions copied in with their status before and after, names
// in place of ids, every filter (person, order number, actions, Beijing dates), the CSV export, and a log that
// nobody (not the API, not SQL) can change or empty.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../../src/generated/prisma/client.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { createFilingTransitions } from '../../src/modules/filings/filing-transitions.ts';
import { createFilingsRepository } from '../../src/modules/filings/filings.repository.ts';
import { filingRow } from '../helpers/filing-rows.ts';
import { type Client, createClient, signedInClient } from '../helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';

// Monday 30 November 2026, 10:00 in Beijing.
const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: TestApp;
let admin: Client;
let adminId: string;

/** A signed-in person of `role` with a Chinese name. */
async function person(role: 'APPLICANT' | 'REVIEWER' | 'ADMIN' | 'OPERATOR', displayName: string) {
  const signedIn = await signedInClient(t.app, t.db, role);
  const account = await t.db.account.update({ where: { id: signedIn.account.id }, data: { displayName } });
  // The app's session cache has heard of the new name before the next request (docs/decisions/042).
  await t.app.sessionCache.settle();
  return { client: signedIn.client, account };
}

let serial = 0;
/** A filing of `accountId` in `status`, written straight to the database. */
async function filingIn(accountId: string, status: Prisma.FilingUncheckedCreateInput['status']) {
  serial += 1;
  const orderNo = `BA20261130${String(80000 + serial).padStart(5, '0')}`;
  return t.db.filing.create({ data: filingRow({ orderNo, accountId, status, submittedAt: clock.now() }) });
}

/** An entry written as the other parts of the console write theirs. */
const entry = (data: Partial<Prisma.AuditLogUncheckedCreateInput> & { action: string; targetType: string }) =>
  t.db.auditLog.create({ data: { actorId: adminId, at: clock.now(), ...data } });

const page = async (query: string) => {
  const res = await admin.get(`/api/admin/audit-log?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

beforeAll(async () => {
  t = await createTestApp({ clock });
  const signedIn = await person('ADMIN', '王管理');
  admin = signedIn.client;
  adminId = signedIn.account.id;
});
afterAll(() => t.close());

describe('filing transitions in the audit log', () => {
  it('writes filing.<event> with the status before and after, in the transition itself', async () => {
    const applicant = await person('APPLICANT', '张申请');
    const filing = await filingIn(applicant.account.id, 'INITIAL_REVIEW');
    const res = await applicant.client.post(`/api/filings/${filing.id}/withdraw`, { version: filing.version });
    expect(res.statusCode, res.body).toBe(200);

    const rows = await t.db.auditLog.findMany({ where: { filingId: filing.id } });
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'filing.withdraw',
        actorId: applicant.account.id,
        targetType: 'filing',
        targetId: filing.id,
        filingId: filing.id,
        before: { status: 'INITIAL_REVIEW' },
        after: { status: 'DRAFT' },
        detail: {},
      }),
    ]);
  });

  it('keeps the reasons and rounds of the event but not its snapshot, and writes the system as no actor', async () => {
    const applicant = await person('APPLICANT', '赵申请');
    const reviewer = await person('REVIEWER', '李审核');
    const filing = await filingIn(applicant.account.id, 'INITIAL_REVIEW');
    const applyTransition = createFilingTransitions({
      db: t.db,
      repo: createFilingsRepository(t.db),
      clock,
    });
    const reasons = [{ field: 'subject.mailingAddress', code: 'X', message: '通信地址不详细。', suggestion: '补全' }];
    await applyTransition({
      row: filing,
      event: 'reject',
      actor: { role: 'REVIEWER', id: reviewer.account.id },
      payload: { version: filing.version, reasons, snapshot: { 'subject.certNo': '440300199001011313' } },
    });
    const rejected = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    await applyTransition({ row: rejected, event: 'expire', actor: { role: 'SYSTEM', id: null }, payload: {} });

    const rows = await t.db.auditLog.findMany({ where: { filingId: filing.id }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.action, r.actorId, r.before, r.after, r.detail])).toEqual([
      [
        'filing.reject',
        reviewer.account.id,
        { status: 'INITIAL_REVIEW' },
        { status: 'INITIAL_REJECTED' },
        { reasons: [{ field: 'subject.mailingAddress', message: '通信地址不详细。' }] },
      ],
      ['filing.expire', null, { status: 'INITIAL_REJECTED' }, { status: 'EXPIRED' }, {}],
    ]);
  });

  it('writes nothing when the transition is refused', async () => {
    const applicant = await person('APPLICANT', '钱申请');
    const filing = await filingIn(applicant.account.id, 'DRAFT');
    const res = await applicant.client.post(`/api/filings/${filing.id}/withdraw`, { version: filing.version });
    expect(res.statusCode).toBe(409);
    expect(await t.db.auditLog.count({ where: { filingId: filing.id } })).toBe(0);
  });
});

describe('GET /api/admin/audit-log', () => {
  it('answers 401 to the anonymous and 403 to staff who are not administrators, on every audit route', async () => {
    const reviewer = await person('REVIEWER', '孙审核');
    for (const path of ['/api/admin/audit-log', '/api/admin/audit-log/actors', '/api/admin/audit-log.csv']) {
      expect((await createClient(t.app).get(path)).statusCode).toBe(401);
      expect((await reviewer.client.get(path)).statusCode).toBe(403);
      // Before the filters are read: an outsider learns nothing from a 400.
      expect((await createClient(t.app).get(`${path}?action=nope&from=never`)).statusCode).toBe(401);
      expect((await reviewer.client.get(`${path}?action=nope&from=never`)).statusCode).toBe(403);
    }
  });

  it('names the actor, the target and the filing instead of their ids', async () => {
    const applicant = await person('APPLICANT', '周申请');
    const reviewer = await person('REVIEWER', '吴审核');
    const filing = await filingIn(applicant.account.id, 'INITIAL_REVIEW');
    const point = await t.db.photoPoint.create({
      data: {
        province: '44',
        city: '4403',
        name: '深圳南山拍照点',
        address: '南山区科技园',
        hours: '周一至周五 09:00-17:30',
        phone: '0755-12345678',
        createdAt: clock.now(),
        updatedAt: clock.now(),
      },
    });
    const rules = await t.db.ruleSetVersion.create({
      data: { id: randomUUID(), kind: 'PROVINCE_RULES', version: 3, data: {}, reason: '更新', createdAt: clock.now() },
    });
    const year = await t.db.holidayCalendarYear.create({
      data: {
        id: randomUUID(),
        year: 2027,
        version: 1,
        holidays: [],
        makeUpWorkdays: [],
        reason: '国务院通知',
        authorId: adminId,
        createdAt: clock.now(),
      },
    });
    await entry({
      action: 'review.assign',
      targetType: 'filing',
      targetId: filing.id,
      filingId: filing.id,
      before: { reviewer: '郑审核' },
      after: { reviewer: '吴审核' },
    });
    await entry({ action: 'photoPoint.update', targetType: 'photoPoint', targetId: point.id, after: { phone: '1' } });
    await entry({ action: 'account.role', targetType: 'account', targetId: reviewer.account.id });
    await entry({ action: 'rules.publish', targetType: 'ruleSet', targetId: rules.id });
    await entry({ action: 'calendar.publish', targetType: 'calendarYear', targetId: year.id });

    const { entries } = await page('limit=5');
    expect(entries.map((e: { target: unknown }) => e.target)).toEqual([
      expect.objectContaining({ type: 'calendarYear', year: 2027 }),
      expect.objectContaining({ type: 'ruleSet', ruleSet: { kind: 'PROVINCE_RULES', version: 3 } }),
      expect.objectContaining({ type: 'account', name: '吴审核', email: reviewer.account.email }),
      expect.objectContaining({ type: 'photoPoint', name: '深圳南山拍照点' }),
      expect.objectContaining({ type: 'filing', name: filing.orderNo }),
    ]);
    expect(entries[4]).toMatchObject({
      actor: { id: adminId, displayName: '王管理', role: 'ADMIN' },
      action: 'review.assign',
      labelKey: 'adminAuditLog.actions.review.assign',
      filing: { id: filing.id, orderNo: filing.orderNo },
      before: { reviewer: '郑审核' },
      after: { reviewer: '吴审核' },
    });
  });

  it('filters by person, by order number (an unknown one answers empty and says so) and by actions', async () => {
    const applicant = await person('APPLICANT', '冯申请');
    const operator = await person('OPERATOR', '陈操作');
    const [one, two] = [
      await filingIn(applicant.account.id, 'PHOTO_PENDING'),
      await filingIn(applicant.account.id, 'PHOTO_PENDING'),
    ];
    await entry({ actorId: operator.account.id, action: 'photoPoint.lookup', targetType: 'Filing', targetId: one!.id });
    await entry({
      actorId: operator.account.id,
      action: 'photoPoint.viewIdImage',
      targetType: 'Filing',
      targetId: one!.id,
    });
    await entry({ actorId: operator.account.id, action: 'photoPoint.lookup', targetType: 'Filing', targetId: two!.id });
    await entry({ action: 'curtain.grant', targetType: 'account', targetId: applicant.account.id, filingId: one!.id });

    const byPerson = await page(`actor=${operator.account.id}`);
    expect(byPerson.entries.map((e: { action: string }) => e.action)).toEqual([
      'photoPoint.lookup',
      'photoPoint.viewIdImage',
      'photoPoint.lookup',
    ]);
    expect(byPerson.entries[0].actor).toEqual({ id: operator.account.id, displayName: '陈操作', role: 'OPERATOR' });

    // Typed in lower case with spaces; entries written before filingId existed are found by their target.
    const byFiling = await page(`orderNo=${encodeURIComponent(` ${one!.orderNo.toLowerCase()} `)}`);
    expect(byFiling.entries.map((e: { action: string }) => e.action)).toEqual([
      'curtain.grant',
      'photoPoint.viewIdImage',
      'photoPoint.lookup',
    ]);
    expect(byFiling.entries.every((e: { filing: { orderNo: string } }) => e.filing.orderNo === one!.orderNo)).toBe(
      true,
    );
    expect(byFiling.unknownOrderNo).toBeNull();

    expect(await page('orderNo=BA2099010100001')).toEqual({
      entries: [],
      nextBefore: null,
      unknownOrderNo: 'BA2099010100001',
    });

    const byActions = await page(
      `actor=${operator.account.id}&action=photoPoint.viewIdImage&action=curtain.grant&action=photoPoint.create`,
    );
    expect(byActions.entries.map((e: { action: string }) => e.action)).toEqual(['photoPoint.viewIdImage']);

    const unknown = await admin.get('/api/admin/audit-log?action=photoPoint.delete');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('VALIDATION_FAILED');
    expect(unknown.json().errors[0].message).toContain('Known actions: filing.submit, filing.withdraw');
    expect(unknown.json().errors[0].message).toContain('photoPoint.create');
  });

  it('filters by Beijing dates, both days included, and pages newest first by id', async () => {
    const reviewer = await person('REVIEWER', '褚审核');
    const at = (iso: string) =>
      entry({ actorId: reviewer.account.id, action: 'review.assign', targetType: 'filing', at: new Date(iso) });
    await at('2026-11-28T15:59:59Z'); // 28 Nov 23:59:59 in Beijing
    const first = await at('2026-11-28T16:00:00Z'); // 29 Nov 00:00
    const second = await at('2026-11-29T09:00:00Z'); // 29 Nov 17:00
    const third = await at('2026-11-30T15:59:59Z'); // 30 Nov 23:59:59
    await at('2026-11-30T16:00:00Z'); // 1 Dec 00:00

    const ids = (p: { entries: { id: number }[] }) => p.entries.map((e) => e.id);
    const range = `actor=${reviewer.account.id}&from=2026-11-29&to=2026-11-30`;
    expect(ids(await page(range))).toEqual([third, second, first].map((r) => Number(r.id)));
    expect(ids(await page(`actor=${reviewer.account.id}&from=2026-11-29&to=2026-11-29`))).toEqual(
      [second, first].map((r) => Number(r.id)),
    );

    const newest = await page(`${range}&limit=2`);
    expect(ids(newest)).toEqual([third, second].map((r) => Number(r.id)));
    const older = await page(`${range}&limit=2&before=${newest.nextBefore}`);
    expect(ids(older)).toEqual([Number(first.id)]);
    expect(older.nextBefore).toBeNull();

    expect((await admin.get('/api/admin/audit-log?from=2026-11-31')).statusCode).toBe(400);
    const reversed = await admin.get('/api/admin/audit-log?from=2026-11-30&to=2026-11-29');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0]).toMatchObject({ path: 'querystring.to' });
  });

  it('lists the staff who appear in the log for the person filter, by name, without applicants', async () => {
    const applicant = await person('APPLICANT', '卫申请');
    const filing = await filingIn(applicant.account.id, 'INITIAL_REVIEW');
    await applicant.client.post(`/api/filings/${filing.id}/withdraw`, { version: filing.version });
    const silent = await person('REVIEWER', '蒋审核');

    const res = await admin.get('/api/admin/audit-log/actors');
    expect(res.statusCode).toBe(200);
    const { actors } = res.json();
    expect(actors).toContainEqual({ id: adminId, displayName: '王管理', email: expect.any(String), role: 'ADMIN' });
    const ids = actors.map((a: { id: string }) => a.id);
    expect(ids).not.toContain(applicant.account.id);
    expect(ids).not.toContain(silent.account.id);
  });
});

describe('GET /api/admin/audit-log.csv', () => {
  it('exports the filtered entries as readable Chinese text that parses back, and audits the export', async () => {
    const reviewer = await person('REVIEWER', '沈审核');
    const applicant = await person('APPLICANT', '韩申请');
    const filing = await filingIn(applicant.account.id, 'INITIAL_REVIEW');
    await entry({
      actorId: reviewer.account.id,
      action: 'filing.reject',
      targetType: 'filing',
      targetId: filing.id,
      filingId: filing.id,
      before: { status: 'INITIAL_REVIEW' },
      after: { status: 'INITIAL_REJECTED' },
      detail: { reasons: [{ field: 'subject.name', message: '主办单位名称有误，含"引号"，逗号' }] },
      at: new Date('2026-11-30T01:02:03Z'),
    });
    await entry({
      actorId: reviewer.account.id,
      action: 'review.assign',
      targetType: 'filing',
      at: new Date('2026-11-20T00:00:00Z'),
    });

    const res = await admin.get(`/api/admin/audit-log.csv?actor=${reviewer.account.id}&from=2026-11-30&to=2026-11-30`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="audit-log-20261130.csv"');
    expect(parseCsv(res.body)).toEqual([
      ['时间（北京时间）', '操作人', '角色', '操作', '对象', '备案订单号', '变更前', '变更后', '详情'],
      [
        '2026-11-30 09:02:03',
        '沈审核',
        '审核员',
        '审核驳回',
        `备案订单：${filing.orderNo}`,
        filing.orderNo,
        '状态：初审中',
        '状态：初审驳回',
        '原因：主办单位名称有误，含"引号"，逗号',
      ],
    ]);

    const exported = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'audit.export' },
      orderBy: { id: 'desc' },
    });
    expect(exported).toMatchObject({
      actorId: adminId,
      targetType: 'auditLog',
      detail: { actor: reviewer.account.id, dateFrom: '2026-11-30', dateTo: '2026-11-30', count: 1, capped: false },
    });
  });

  it('stops at 10,000 rows and says so in a closing row', async () => {
    const operator = await person('OPERATOR', '杨操作');
    await t.db.auditLog.createMany({
      data: Array.from({ length: 10_001 }, () => ({
        actorId: operator.account.id,
        action: 'photoPoint.lookup',
        targetType: 'Filing',
        detail: { orderNo: 'BA2026113099999', found: false },
        at: clock.now(),
      })),
    });
    const res = await admin.get(`/api/admin/audit-log.csv?actor=${operator.account.id}`);
    expect(res.statusCode).toBe(200);
    const rows = parseCsv(res.body);
    expect(rows).toHaveLength(1 + 10_000 + 1);
    expect(rows[1]).toEqual([
      '2026-11-30 10:00:00',
      '杨操作',
      '拍照点操作员',
      '拍照点查询订单',
      '备案订单',
      '',
      '',
      '',
      '找到：否；备案订单号：BA2026113099999',
    ]);
    expect(rows.at(-1)?.[0]).toContain('只导出了符合条件的最新 10000 条记录');
  });
});

describe('an append-only log', () => {
  it('has no route that changes or removes entries', async () => {
    const before = await t.db.auditLog.findMany({ orderBy: { id: 'asc' } });
    const [some] = before;
    for (const path of ['/api/admin/audit-log', `/api/admin/audit-log/${some?.id}`, '/api/admin/audit-log.csv']) {
      for (const send of [admin.put, admin.patch]) expect([404, 405]).toContain((await send(path, {})).statusCode);
      expect([404, 405]).toContain((await admin.delete(path)).statusCode);
    }
    expect(await t.db.auditLog.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    const before = await t.db.auditLog.findMany({ orderBy: { id: 'asc' } });
    expect(before.length).toBeGreaterThan(0);
    await expect(t.db.$executeRawUnsafe(`UPDATE "AuditLog" SET "action" = 'erased'`)).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(t.db.auditLog.deleteMany({})).rejects.toThrow();
    expect(await t.db.auditLog.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });
});
