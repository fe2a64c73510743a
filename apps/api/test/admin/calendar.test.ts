// The holiday calendar an admin maintains: the coverage warning from 1 November, a 2027 schedule published by an
// admin moving the initial review's due time past the Spring Festival, the checks on a schedule, numbered versions
// with their conflicts, the audit row, and how long another process may count on the calendar it read before.
//
// The 2027 schedule here is illustrative (the State Council had not published 2027 when this was written): 1 January
// off, 5 to 11 February off around the Spring Festival (6 February), Sunday 31 January and Saturday 20 February worked.
import type { CalendarCoverage, CalendarOverview, CalendarYearDetail, SubmitResponse } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarRepository } from '../../src/modules/calendar/calendar.repository.ts';
import { CALENDAR_CACHE_MS, createCalendarSource } from '../../src/modules/calendar/calendar-source.ts';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { type Client, createClient, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { completedDraft, copyOf, submitBody, uploadRequired } from '../materials/materials-fixtures.ts';

const beijing = (local: string) => new Date(`${local}+08:00`);
// Thursday 4 February 2027, 20:00 in Beijing: the evening before the illustrative Spring Festival days off.
const EVE_OF_HOLIDAY = beijing('2027-02-04T20:00:00');
const SCHEDULE_2027 = {
  holidays: [
    '2027-01-01',
    '2027-02-05',
    '2027-02-06',
    '2027-02-07',
    '2027-02-08',
    '2027-02-09',
    '2027-02-10',
    '2027-02-11',
  ],
  makeUpWorkdays: ['2027-01-31', '2027-02-20'],
};

const clock = manualClock(beijing('2026-10-31T23:59:59'));
let t: SimulatorTestApp;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

const publish = (client: Client, year: number, body: Record<string, unknown>) =>
  client.post(`/api/admin/calendar/years/${year}`, body);

describe('coverage', () => {
  it('warns admins and reviewers from 1 November (Beijing) while next year is missing', async () => {
    clock.set(beijing('2026-10-31T23:59:59'));
    const { client: admin } = await signedInClient(t.app, t.db, 'ADMIN');
    const { client: reviewer } = await signedInClient(t.app, t.db, 'REVIEWER');

    const october = (await admin.get('/api/admin/calendar/coverage')).json() as CalendarCoverage;
    expect(october).toMatchObject({
      currentYear: 2026,
      nextYear: 2027,
      currentYearCovered: true,
      nextYearCovered: false,
      coveredThrough: 2026,
      warn: false,
    });
    expect(october.coveredYears).toContain(2026);
    expect(october.coveredYears).not.toContain(2027);

    clock.set(beijing('2026-11-01T00:00:00'));
    expect((await admin.get('/api/admin/calendar/coverage')).json()).toMatchObject({ warn: true });
    const dashboard = await reviewer.get('/api/review/dashboard');
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.json().calendar).toEqual({ currentYear: 2026, nextYear: 2027, coveredThrough: 2026, warn: true });

    const overview = (await admin.get('/api/admin/calendar')).json() as CalendarOverview;
    expect(overview.coverage.warn).toBe(true);
    expect(overview.years.map((y) => [y.year, y.source, y.version])).toEqual([
      [2027, 'NONE', null],
      [2026, 'BUILT_IN', null],
      [2025, 'BUILT_IN', null],
    ]);
  });

  it('is for admins only, refused before the request is read', async () => {
    const anonymous = createClient(t.app);
    expect((await anonymous.get('/api/admin/calendar/years/1999')).statusCode).toBe(401);
    expect((await anonymous.post('/api/admin/calendar/years/1999', { junk: true })).statusCode).toBe(401);
    const { client: applicant } = await signedInClient(t.app, t.db, 'APPLICANT');
    expect((await applicant.post('/api/admin/calendar/years/1999', { junk: true })).statusCode).toBe(403);
    const { client: reviewer } = await signedInClient(t.app, t.db, 'REVIEWER');
    expect((await reviewer.get('/api/admin/calendar/coverage')).statusCode).toBe(403);
    const refused = await publish(reviewer, 2027, { baseVersion: 0, ...SCHEDULE_2027, reason: '国务院通知' });
    expect(refused.statusCode).toBe(403);
    expect(await t.db.holidayCalendarYear.count()).toBe(0);
  });
});

describe('a 2027 schedule published by an admin', () => {
  let admin: Client;
  let adminId: string;
  let applicant: Client;
  let applicantId: string;
  let template: { id: string };
  let jpeg: Buffer;

  beforeAll(async () => {
    clock.set(EVE_OF_HOLIDAY);
    ({
      client: admin,
      account: { id: adminId },
    } = await signedInClient(t.app, t.db, 'ADMIN'));
    ({
      client: applicant,
      account: { id: applicantId },
    } = await freshApplicant(t));
    template = await completedDraft(t, applicant, 'pass-personal');
    jpeg = await photo('jpeg');
  });

  async function submitOne(): Promise<SubmitResponse> {
    const filing = await copyOf(t, template, applicantId);
    await uploadRequired(applicant, filing.id, jpeg);
    const res = await applicant.post(`/api/filings/${filing.id}/submit`, submitBody(filing.version));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as SubmitResponse;
  }

  it('moves the initial review due time past the Spring Festival', async () => {
    // Before: 2027 is not in the calendar, so Friday 5 February counts as a working day.
    const before = await submitOne();
    expect(before.initialReviewDueAt).toBe(beijing('2027-02-06T00:00:00').toISOString());
    const dashboard = (await admin.get('/api/review/dashboard')).json();
    expect(dashboard.calendar).toEqual({ currentYear: 2027, nextYear: 2028, coveredThrough: null, warn: true });

    const published = await publish(admin, 2027, {
      baseVersion: 0,
      ...SCHEDULE_2027,
      reason: '国务院办公厅关于2027年部分节假日安排的通知（示例）',
    });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({ year: 2027, source: 'PUBLISHED', version: 1, ...SCHEDULE_2027 });

    // After: 5 to 11 February are days off, so the one working day ends with Friday 12 February.
    const after = await submitOne();
    expect(after.initialReviewDueAt).toBe(beijing('2027-02-13T00:00:00').toISOString());
    expect((await admin.get('/api/admin/calendar/coverage')).json()).toMatchObject({
      currentYearCovered: true,
      coveredThrough: 2027,
      warn: false,
    });
  });

  it('records the publish in the audit log with the days it added', async () => {
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { action: 'calendar.publish' } });
    expect(entry).toMatchObject({
      actorId: adminId,
      targetType: 'calendarYear',
      targetId: '2027',
      before: { version: null, holidays: [], makeUpWorkdays: [] },
      after: { version: 1, ...SCHEDULE_2027 },
      at: EVE_OF_HOLIDAY,
    });
    expect(entry.requestId).toBeTruthy();
    expect(entry.detail).toMatchObject({ year: 2027, replaced: 'none' });
  });

  it('refuses a schedule with wrong days, naming each, and writes nothing', async () => {
    const res = await publish(admin, 2027, {
      baseVersion: 1,
      holidays: ['2027-02-05', '2026-12-31', '2027-02-30', '2027-02-05'],
      makeUpWorkdays: ['2027-02-05', '2027-02-17'],
      reason: '更正',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().errors).toEqual([
      { path: 'holidays.1', message: '2026-12-31 is not in 2027: publish each year on its own.' },
      { path: 'holidays.2', message: '"2027-02-30" is not a date written YYYY-MM-DD.' },
      { path: 'holidays.3', message: '2027-02-05 is listed twice.' },
      { path: 'makeUpWorkdays.0', message: '2027-02-05 cannot be both a day off and a make-up working day.' },
      { path: 'makeUpWorkdays.1', message: '2027-02-17 is a weekday: make-up working days are Saturdays or Sundays.' },
    ]);

    const noReason = await publish(admin, 2027, { baseVersion: 1, ...SCHEDULE_2027, reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    const noHolidays = await publish(admin, 2027, { baseVersion: 1, holidays: [], makeUpWorkdays: [], reason: 'x' });
    expect(noHolidays.statusCode).toBe(400);
    // A year the calendar cannot hold names no calendar year: a wrong address, like any path parameter that is no id.
    expect((await admin.get('/api/admin/calendar/years/1999')).statusCode).toBe(404);

    expect(await t.db.holidayCalendarYear.count()).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: 'calendar.publish' } })).toBe(1);
  });

  it('numbers each version, keeps the history, and refuses a publish from a version that is no longer current', async () => {
    const corrected = { ...SCHEDULE_2027, makeUpWorkdays: ['2027-01-31', '2027-02-20', '2027-02-21'] };
    const second = await publish(admin, 2027, { baseVersion: 1, ...corrected, reason: '补充调休' });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ version: 2, makeUpWorkdays: corrected.makeUpWorkdays });
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'calendar.publish' },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({
      before: { version: 1, holidays: [], makeUpWorkdays: [] },
      after: { version: 2, holidays: [], makeUpWorkdays: ['2027-02-21'] },
    });

    const stale = await publish(admin, 2027, { baseVersion: 1, ...SCHEDULE_2027, reason: '旧页面' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CALENDAR_VERSION_CONFLICT');

    // Two admins publishing from the same version at the same moment: one is version 3, the other is told to reload.
    const [a, b] = await Promise.all([
      publish(admin, 2027, { baseVersion: 2, ...SCHEDULE_2027, reason: '甲' }),
      publish(admin, 2027, { baseVersion: 2, ...corrected, reason: '乙' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.statusCode === 409)?.json().code).toBe('CALENDAR_VERSION_CONFLICT');

    const detail = (await admin.get('/api/admin/calendar/years/2027')).json() as CalendarYearDetail;
    expect(detail.version).toBe(3);
    expect(detail.history.map((h) => [h.version, h.reason])).toEqual([
      [3, a.statusCode === 201 ? '甲' : '乙'],
      [2, '补充调休'],
      [1, '国务院办公厅关于2027年部分节假日安排的通知（示例）'],
    ]);
    expect(detail.history[0]?.author.id).toBe(adminId);
    expect(detail.history[0]?.author.displayName).toMatch(/^ADMIN /);
    expect(await t.db.auditLog.count({ where: { action: 'calendar.publish' } })).toBe(3);

    const overview = (await admin.get('/api/admin/calendar')).json() as CalendarOverview;
    expect(overview.years.find((y) => y.year === 2027)).toMatchObject({
      source: 'PUBLISHED',
      version: 3,
      holidays: 8,
      author: { id: adminId },
      publishedAt: EVE_OF_HOLIDAY.toISOString(),
    });
  });

  it('starts a built-in year from its data, and says what a publish took out of it', async () => {
    const built = (await admin.get('/api/admin/calendar/years/2026')).json() as CalendarYearDetail;
    expect(built).toMatchObject({ source: 'BUILT_IN', version: 0, history: [] });
    expect(built.holidays).toContain('2026-10-01');
    const trimmed = built.holidays.filter((d) => d !== '2026-10-01');
    const res = await publish(admin, 2026, {
      baseVersion: 0,
      holidays: trimmed,
      makeUpWorkdays: built.makeUpWorkdays,
      reason: '测试',
    });
    expect(res.statusCode, res.body).toBe(201);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { targetId: '2026' } });
    expect(audit).toMatchObject({
      before: { version: null, holidays: ['2026-10-01'], makeUpWorkdays: [] },
      after: { version: 1, holidays: [], makeUpWorkdays: [] },
      detail: { year: 2026, replaced: 'built-in' },
    });
  });
});

describe('another process', () => {
  it('counts on the calendar it read for at most the cache time after a publish elsewhere', async () => {
    const other = createCalendarSource({ repo: createCalendarRepository(t.db), clock });
    const before = await other.current();
    const { client: admin } = await signedInClient(t.app, t.db, 'ADMIN');
    const current = (await admin.get('/api/admin/calendar/years/2027')).json() as CalendarYearDetail;
    const res = await publish(admin, 2027, {
      baseVersion: current.version,
      holidays: [...SCHEDULE_2027.holidays, '2027-04-05'],
      makeUpWorkdays: SCHEDULE_2027.makeUpWorkdays,
      reason: '清明节',
    });
    expect(res.statusCode, res.body).toBe(201);

    expect((await other.current()).holidays.has('2027-04-05')).toBe(false);
    expect(await other.current()).toBe(before);
    clock.advance(CALENDAR_CACHE_MS);
    expect((await other.current()).holidays.has('2027-04-05')).toBe(true);
  });
});
