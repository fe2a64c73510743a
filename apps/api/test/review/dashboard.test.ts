// The reviewer dashboard's decisions today: approvals and rejections since 00:00 Beijing time, per deciding
// reviewer or admin, most decisions first; nobody else's events, and nothing from the day before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../../src/generated/prisma/client.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';
import { waitingFilings } from './review-fixtures.ts';

// 01:00 on 30 November in Beijing is still 29 November in UTC: the day must come from Beijing time.
const clock = manualClock(new Date('2026-11-30T01:00:00+08:00'));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

type EventRow = Omit<Prisma.FilingEventCreateManyInput, 'filingId' | 'toStatus'> &
  Partial<Pick<Prisma.FilingEventCreateManyInput, 'toStatus'>>;

/** Writes events on fresh filings, one filing per event, as the decisions service would have appended them. */
async function events(rows: EventRow[]) {
  const filings = await waitingFilings(
    t,
    rows.map(() => ({ slaDueAt: new Date('2026-12-01T00:00:00+08:00') })),
  );
  await t.db.filingEvent.createMany({
    data: rows.map((row, i) => ({
      filingId: filings[i]?.id ?? '',
      fromStatus: 'INITIAL_REVIEW',
      toStatus: row.event === 'approve' ? 'PHOTO_PENDING' : 'INITIAL_REJECTED',
      ...row,
    })),
  });
}

async function decider(role: 'REVIEWER' | 'ADMIN', displayName: string) {
  const signedIn = await signedInClient(t.app, t.db, role);
  await t.db.account.update({ where: { id: signedIn.account.id }, data: { displayName } });
  // The app's session cache has heard of the new name before the next request (docs/decisions/042).
  await t.app.sessionCache.settle();
  return { ...signedIn, ref: { id: signedIn.account.id, displayName } };
}

describe('GET /api/review/dashboard: decisions today', () => {
  it('counts each decider’s approvals and rejections since Beijing midnight, most decisions first', async () => {
    const bai = await decider('REVIEWER', 'Bai Reviewer');
    const an = await decider('ADMIN', 'An Admin');
    const chen = await decider('REVIEWER', 'Chen Reviewer');
    const applicant = await signedInClient(t.app, t.db, 'APPLICANT');
    const today = (hhmm: string) => new Date(`2026-11-30T${hhmm}:00+08:00`);
    const as = (who: { account: { id: string } }, role: 'REVIEWER' | 'ADMIN') => ({
      actorId: who.account.id,
      actorRole: role,
    });

    await events([
      // Bai: 2 approvals and 1 rejection, the first exactly at midnight.
      { event: 'approve', at: today('00:00'), ...as(bai, 'REVIEWER') },
      { event: 'approve', at: today('00:40'), ...as(bai, 'REVIEWER') },
      { event: 'reject', at: today('00:50'), ...as(bai, 'REVIEWER') },
      // An (an admin deciding): 1 approval in second review, 2 rejections: as many as Bai, so the name decides.
      { event: 'approve', fromStatus: 'SECOND_REVIEW', toStatus: 'BUREAU_SMS', at: today('00:10'), ...as(an, 'ADMIN') },
      { event: 'reject', at: today('00:20'), ...as(an, 'ADMIN') },
      { event: 'reject', at: today('00:30'), ...as(an, 'ADMIN') },
      // Chen: one rejection today; the approval at 23:30 Beijing yesterday (15:30Z) is not today's.
      { event: 'reject', at: today('00:05'), ...as(chen, 'REVIEWER') },
      { event: 'approve', at: new Date('2026-11-29T15:30:00Z'), ...as(chen, 'REVIEWER') },
      // Not decisions: the applicant's submission, a reviewer resending to the bureau, the bureau's verdict.
      {
        event: 'submit',
        fromStatus: 'DRAFT',
        toStatus: 'INITIAL_REVIEW',
        at: today('00:15'),
        actorId: applicant.account.id,
        actorRole: 'APPLICANT',
      },
      {
        event: 'resubmitToBureau',
        fromStatus: 'SMS_FAILED',
        toStatus: 'BUREAU_SMS',
        at: today('00:25'),
        ...as(chen, 'REVIEWER'),
      },
      {
        event: 'bureauApprove',
        fromStatus: 'BUREAU_REVIEW',
        toStatus: 'COMPLETED',
        at: today('00:35'),
        actorRole: 'SYSTEM',
      },
    ]);

    const res = await bai.client.get('/api/review/dashboard');
    expect(res.statusCode).toBe(200);
    expect(res.json().decisionsToday).toEqual({
      day: '2026-11-30',
      total: 7,
      byReviewer: [
        { reviewer: an.ref, approved: 1, rejected: 2 },
        { reviewer: bai.ref, approved: 2, rejected: 1 },
        { reviewer: chen.ref, approved: 0, rejected: 1 },
      ],
    });
  });

  it('starts the next Beijing day with nobody counted', async () => {
    clock.set(new Date('2026-12-01T00:30:00+08:00'));
    const { client } = await signedInClient(t.app, t.db, 'REVIEWER');
    const res = await client.get('/api/review/dashboard');
    expect(res.statusCode).toBe(200);
    expect(res.json().decisionsToday).toEqual({ day: '2026-12-01', total: 0, byReviewer: [] });
  });

  it('is for reviewers and admins only', async () => {
    const { client } = await signedInClient(t.app, t.db, 'APPLICANT');
    const res = await client.get('/api/review/dashboard');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });
});
