// Delivering the outbox after commit: the confirmation text (in Chinese, with the order number and the due time on
// the Beijing clock) reaches the SMS gateway simulator, the email the mail simulator, and each row is marked SENT;
// a failing delivery is retried later and given up after the last attempt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { MAX_ATTEMPTS } from '../../src/modules/notifications/notification-dispatch.job.ts';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { manualClock } from '../helpers/test-app.ts';
import { completedDraft, copyOf, submitBody, uploadRequired } from './materials-fixtures.ts';

// Friday 4 December 2026, 20:00 in Beijing: due at the end of Monday.
const clock = manualClock(new Date('2026-12-04T12:00:00Z'));
let t: SimulatorTestApp;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

const dispatch = () => t.app.backgroundJobs.dispatchNotifications();

describe('the notification dispatcher', () => {
  it('sends the submission confirmation by SMS and email and marks both SENT', async () => {
    const { client, account } = await freshApplicant(t);
    const draft = await completedDraft(t, client, 'pass-personal');
    const filing = await copyOf(t, draft, account.id);
    await uploadRequired(client, filing.id, await photo('jpeg'));
    expect((await client.post(`/api/filings/${filing.id}/submit`, submitBody(1))).statusCode).toBe(200);
    const mobile = draft.subject.principal.mobile ?? '';

    expect(await dispatch()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    const texts = await t.db.simSmsMessage.findMany({ where: { mobile, purpose: 'NOTIFICATION' } });
    expect(texts).toHaveLength(1);
    expect(texts[0]?.body).toBe(
      `【本云备案】您的备案订单 ${filing.orderNo} 已提交初审，我们将在 2026-12-07 24:00（北京时间）前完成审核，结果会以短信和控制台消息通知您。`,
    );
    const mails = await t.db.simMailMessage.findMany({ where: { to: account.email } });
    expect(mails).toEqual([
      expect.objectContaining({
        subject: `备案订单 ${filing.orderNo} 已提交初审`,
        body: expect.stringContaining('2026-12-07 24:00'),
      }),
    ]);
    const rows = await t.db.notification.findMany({
      where: { filingId: filing.id, channel: { in: ['SMS', 'EMAIL'] } },
    });
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'SENT', attempts: 1, sentAt: clock.now() });
      expect(row.result).toMatch(/\S/);
    }
    // Nothing is sent twice.
    expect(await dispatch()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await t.db.simSmsMessage.count({ where: { mobile, purpose: 'NOTIFICATION' } })).toBe(1);
  });

  it('retries a failing delivery with growing delays, then gives up', async () => {
    const { account } = await freshApplicant(t);
    const row = await t.db.notification.create({
      data: {
        accountId: account.id,
        channel: 'SMS',
        recipient: '12345',
        template: 'FILING_SUBMITTED',
        params: { orderNo: 'BA2026120400001', dueAt: '2026-12-07T16:00:00.000Z', resubmitted: 'false' },
        createdAt: clock.now(),
      },
    });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await dispatch();
      const after = await t.db.notification.findUniqueOrThrow({ where: { id: row.id } });
      expect(after.attempts).toBe(attempt);
      expect(after.result).toContain('Not a mainland mobile number');
      if (attempt < MAX_ATTEMPTS) {
        expect(after.status).toBe('PENDING');
        const wait = (after.nextAttemptAt?.getTime() ?? 0) - clock.now().getTime();
        delays.push(wait / 60_000);
        // Not due before its time.
        await dispatch();
        expect((await t.db.notification.findUniqueOrThrow({ where: { id: row.id } })).attempts).toBe(attempt);
        clock.advance(wait);
      } else {
        expect(after).toMatchObject({ status: 'FAILED', nextAttemptAt: null });
      }
    }
    expect(delays).toEqual([2, 4, 8, 16]);
  });
});
