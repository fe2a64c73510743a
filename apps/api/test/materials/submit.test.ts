// Submitting for initial review: the guards name what is missing, one transition with its event, the agreement and
// the SLA due time (working days, Beijing time), the confirmation notifications in the same transaction, and a
// second press (after the first, or at the same moment) that submits nothing more and gets the same answer.
import type { Notification, SubmitResponse } from '@beian/contracts';
import { slaDueAt } from '@beian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import type { Client } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { completedDraft, copyOf, submitBody, upload, uploadRequired } from './materials-fixtures.ts';

// Friday 4 December 2026, 20:00 in Beijing.
const FRIDAY_EVENING = new Date('2026-12-04T12:00:00Z');
const clock = manualClock(FRIDAY_EVENING);
let t: SimulatorTestApp;
let client: Client;
let account: { id: string; email: string };
let template: { id: string };
let jpeg: Buffer;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  ({ client, account } = await freshApplicant(t));
  template = await completedDraft(t, client, 'pass-personal');
  jpeg = await photo('jpeg');
});
afterAll(() => t.close());

/** A completed draft with every required material uploaded. */
async function readyFiling(extra: Parameters<typeof copyOf>[3] = {}) {
  const filing = await copyOf(t, template, account.id, extra);
  await uploadRequired(client, filing.id, jpeg);
  return t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
}

const submit = (id: string, version: number) => client.post(`/api/filings/${id}/submit`, submitBody(version));
const countsOf = async (filingId: string) => ({
  events: await t.db.filingEvent.count({ where: { filingId, event: { in: ['submit', 'resubmit'] } } }),
  notifications: await t.db.notification.count({ where: { filingId } }),
});

describe('POST /api/filings/:id/submit refuses an incomplete filing', () => {
  it('lists the missing materials by path and names them, changing nothing', async () => {
    const filing = await copyOf(t, template, account.id);
    await upload(client, filing.id, { kind: 'VERIFICATION_SHEET' }, { filename: 'a.jpg', content: jpeg });
    const res = await submit(filing.id, filing.version);
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.code).toBe('MATERIALS_MISSING');
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual([
      'materials.SUBJECT_PRINCIPAL_ID_FRONT',
      'materials.SUBJECT_PRINCIPAL_ID_BACK',
      'materials.HANDHELD_CERT_PHOTO',
    ]);
    expect(problem.detail).toContain("the subject principal's ID (front)");
    expect(await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).toMatchObject({
      status: 'DRAFT',
      version: 1,
    });
    expect(await countsOf(filing.id)).toEqual({ events: 0, notifications: 0 });
  });

  it('counts one combined image for both sides', async () => {
    const filing = await copyOf(t, template, account.id);
    for (const kind of ['SUBJECT_PRINCIPAL_ID_COMBINED', 'VERIFICATION_SHEET', 'HANDHELD_CERT_PHOTO']) {
      expect((await upload(client, filing.id, { kind }, { filename: 'a.jpg', content: jpeg })).statusCode).toBe(201);
    }
    expect((await submit(filing.id, 1)).statusCode).toBe(200);
  });

  it('says which steps are incomplete, and lists the missing materials with them', async () => {
    const filing = await copyOf(t, template, account.id, { mobileVerifiedAt: null });
    const res = await submit(filing.id, filing.version);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('INFO_INCOMPLETE');
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths[0]).toBe('subject.principal.mobile');
    expect(paths).toContain('materials.VERIFICATION_SHEET');
  });

  it('refuses a stale version, and an agreement that is not ticked', async () => {
    const filing = await readyFiling();
    const stale = await submit(filing.id, filing.version - 1 || 99);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const unticked = await client.post(`/api/filings/${filing.id}/submit`, {
      ...submitBody(filing.version),
      agreement: { ...submitBody(1).agreement, accepted: false },
    });
    expect(unticked.statusCode).toBe(400);
    expect(unticked.json().errors[0].path).toBe('agreement.accepted');
  });
});

describe('POST /api/filings/:id/submit', () => {
  it('moves DRAFT to INITIAL_REVIEW with the agreement, and is due at the end of the next working day', async () => {
    clock.set(FRIDAY_EVENING);
    const filing = await readyFiling();
    const res = await submit(filing.id, filing.version);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as SubmitResponse;
    expect(body).toEqual({
      id: filing.id,
      orderNo: filing.orderNo,
      status: 'INITIAL_REVIEW',
      version: filing.version + 1,
      submittedAt: FRIDAY_EVENING.toISOString(),
      // Monday 7 December, 24:00 in Beijing.
      initialReviewDueAt: '2026-12-07T16:00:00.000Z',
    });
    expect(body.initialReviewDueAt).toBe(slaDueAt(new Date(body.submittedAt), 1).toISOString());
    // The filing itself carries both, so the applicant sees the due time after a reload too.
    const detail = (await client.get(`/api/filings/${filing.id}`)).json();
    expect(detail).toMatchObject({ submittedAt: body.submittedAt, reviewDueAt: body.initialReviewDueAt });

    const row = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    expect(row).toMatchObject({
      termsVersion: '2026-11',
      privacyVersion: '2026-11',
      agreementAcceptedAt: FRIDAY_EVENING,
      submittedAt: FRIDAY_EVENING,
      slaDueAt: new Date('2026-12-07T16:00:00Z'),
    });
    const events = await t.db.filingEvent.findMany({ where: { filingId: filing.id } });
    expect(events).toEqual([
      expect.objectContaining({
        event: 'submit',
        fromStatus: 'DRAFT',
        toStatus: 'INITIAL_REVIEW',
        actorId: account.id,
      }),
    ]);
    const notifications = await t.db.notification.findMany({
      where: { filingId: filing.id },
      orderBy: { channel: 'asc' },
    });
    expect(notifications.map((n) => [n.channel, n.status, n.recipient])).toEqual([
      ['EMAIL', 'PENDING', account.email],
      ['SMS', 'PENDING', expect.stringMatching(/^1\d{10}$/)],
      ['IN_APP', 'SENT', null],
    ]);
    expect(notifications[0]?.params).toEqual({
      orderNo: filing.orderNo,
      dueAt: '2026-12-07T16:00:00.000Z',
      resubmitted: 'false',
    });
  });

  it('answers a second press the same, with no second transition or notification', async () => {
    const filing = await readyFiling();
    const first = await submit(filing.id, filing.version);
    clock.advance(5_000);
    const again = await submit(filing.id, filing.version);
    const reloaded = await submit(filing.id, filing.version + 1);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(reloaded.json()).toEqual(first.json());
    expect(await countsOf(filing.id)).toEqual({ events: 1, notifications: 3 });
  });

  it('submits once when two presses arrive together', async () => {
    const filing = await readyFiling();
    const [a, b] = await Promise.all([submit(filing.id, filing.version), submit(filing.id, filing.version)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json()).toEqual(b.json());
    expect(await countsOf(filing.id)).toEqual({ events: 1, notifications: 3 });
  });

  it('resubmits a filing the initial review rejected', async () => {
    const filing = await readyFiling({ status: 'INITIAL_REJECTED' });
    const res = await submit(filing.id, filing.version);
    expect(res.statusCode, res.body).toBe(200);
    const event = await t.db.filingEvent.findFirstOrThrow({ where: { filingId: filing.id } });
    expect(event).toMatchObject({ event: 'resubmit', fromStatus: 'INITIAL_REJECTED' });
    const sms = await t.db.notification.findFirstOrThrow({ where: { filingId: filing.id, channel: 'SMS' } });
    expect(sms.params).toMatchObject({ resubmitted: 'true' });
  });

  it('resubmits after a bureau rejection only once something changed', async () => {
    const filing = await readyFiling({ status: 'BUREAU_REJECTED' });
    await t.db.filingEvent.create({
      data: {
        filingId: filing.id,
        event: 'bureauReject',
        fromStatus: 'BUREAU_REVIEW',
        toStatus: 'BUREAU_REJECTED',
        actorRole: 'SYSTEM',
        at: clock.now(),
      },
    });
    await t.db.filing.update({ where: { id: filing.id }, data: { updatedAt: clock.now() } });
    const unchanged = await submit(filing.id, filing.version);
    expect(unchanged.statusCode).toBe(409);
    expect(unchanged.json().code).toBe('ILLEGAL_TRANSITION');
    clock.advance(60_000);
    await upload(client, filing.id, { kind: 'HANDHELD_CERT_PHOTO' }, { filename: 'new.jpg', content: jpeg });
    expect((await submit(filing.id, filing.version)).statusCode).toBe(200);
  });

  it('refuses a filing past review', async () => {
    const ready = await readyFiling();
    const filing = await t.db.filing.update({ where: { id: ready.id }, data: { status: 'PHOTO_PENDING' } });
    const res = await submit(filing.id, filing.version);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('ILLEGAL_TRANSITION');
  });
});

describe('GET /api/notifications', () => {
  it("lists the applicant's own in-console notifications, newest first", async () => {
    const { client: applicant, account: owner } = await freshApplicant(t);
    const ids: string[] = [];
    for (const minutes of [0, 1]) {
      clock.advance(minutes * 60_000);
      const filing = await copyOf(t, template, owner.id);
      await uploadRequired(applicant, filing.id, jpeg);
      expect((await applicant.post(`/api/filings/${filing.id}/submit`, submitBody(1))).statusCode).toBe(200);
      ids.push(filing.id);
    }
    const { notifications } = (await applicant.get('/api/notifications')).json() as { notifications: Notification[] };
    expect(notifications.map((n) => [n.filingId, n.template])).toEqual([
      [ids[1], 'FILING_SUBMITTED'],
      [ids[0], 'FILING_SUBMITTED'],
    ]);
    expect(notifications[0]?.params.orderNo).toMatch(/^BT/);
    const others = (await client.get('/api/notifications')).json() as { notifications: Notification[] };
    expect(others.notifications.some((n) => ids.includes(n.filingId ?? ''))).toBe(false);
  });
});
