// The reviewer dashboard's bureau figures: filings in the MIIT SMS check, returned after a failed check and in the
// bureau's review, and how many SMS checks and bureau reviews are past their due time (the filing's slaDueAt).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInClient } from '../helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';
import { minutes, waitingFilings } from './review-fixtures.ts';

const start = new Date('2026-12-02T10:00:00+08:00');
const clock = manualClock(start);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

const at = (offsetMinutes: number) => new Date(start.getTime() + minutes(offsetMinutes));

async function bureauFigures() {
  const { client } = await signedInClient(t.app, t.db, 'REVIEWER');
  const res = await client.get('/api/review/dashboard');
  expect(res.statusCode).toBe(200);
  return res.json() as { queues: unknown; overdue: number; bureau: unknown };
}

describe('GET /api/review/dashboard: the bureau stage', () => {
  it('counts zero of everything before any filing reached the bureau', async () => {
    expect((await bureauFigures()).bureau).toEqual({ sms: 0, smsFailed: 0, review: 0, overdue: 0 });
  });

  it('counts the filings per bureau state and, as overdue, only SMS checks and bureau reviews past their due time', async () => {
    // The bureau jobs that move filings into these states are built elsewhere: the rows are written straight to the
    // database in the state and with the due time (the SMS deadline, the bureau's due date) each case needs.
    await waitingFilings(t, [
      // The SMS check: one still running, one whose 24 hours ended a minute ago, one ending exactly now.
      { status: 'BUREAU_SMS', slaDueAt: at(60) },
      { status: 'BUREAU_SMS', slaDueAt: at(-1) },
      { status: 'BUREAU_SMS', slaDueAt: at(0) },
      // Returned after a failed check: waiting for a reviewer, never counted as overdue, whatever its old due time.
      { status: 'SMS_FAILED', slaDueAt: at(-24 * 60) },
      { status: 'SMS_FAILED', slaDueAt: at(-2 * 24 * 60) },
      // The bureau's review: one within its working days, two past them.
      { status: 'BUREAU_REVIEW', slaDueAt: at(20 * 24 * 60) },
      { status: 'BUREAU_REVIEW', slaDueAt: at(-5) },
      { status: 'BUREAU_REVIEW', slaDueAt: at(-3 * 24 * 60) },
      // Not the bureau's: an overdue initial review and a completed filing long past its old due time.
      { status: 'INITIAL_REVIEW', slaDueAt: at(-30) },
      { status: 'COMPLETED', slaDueAt: at(-10 * 24 * 60) },
    ]);

    const figures = await bureauFigures();
    expect(figures.bureau).toEqual({ sms: 3, smsFailed: 2, review: 3, overdue: 3 });
    // The review queues' overdue count stays the reviews' own.
    expect(figures.overdue).toBe(1);
    expect(figures.queues).toEqual({ initial: 1, second: 0 });
  });

  it('counts a running check as overdue once the clock passes its deadline', async () => {
    clock.set(at(61));
    // Now past both the check that ended exactly at the start and the one due at +60 minutes: every SMS check and
    // two of the three bureau reviews.
    expect((await bureauFigures()).bureau).toEqual({ sms: 3, smsFailed: 2, review: 3, overdue: 5 });
  });
});
