// The bureau stage's routes as callers see them: the applicant's SMS check and resend (owner only, others 404; 409
// without a running check, 429 with Retry-After within a minute of the last texts), and the reviewer's returned list
// and resubmission (reviewers and admins; 400 on a bad body, 404 where staff may not look, 409 out of state or
// stale), with the CSRF check every write has.
import type { BureauCheckResponse, ReturnedFilingList } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatorTestApp, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { createClient, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import {
  bureauApplicant,
  bureauJobs,
  confirmOnMiit,
  hours,
  LONG_SESSIONS,
  SUBJECT_PRINCIPAL,
  WEBSITE_PRINCIPAL,
} from './bureau-fixtures.ts';

const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
let t: SimulatorTestApp;
let fx: Awaited<ReturnType<typeof bureauApplicant>>;
let jobs: ReturnType<typeof bureauJobs>;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock, LONG_SESSIONS);
  fx = await bureauApplicant(t, ['pass-enterprise-three-sites', 'pass-personal']);
  jobs = bureauJobs(t);
});
afterAll(() => t.close());

const texts = (mobile: string) => t.db.simSmsMessage.count({ where: { mobile, template: 'MIIT_SMS_CHECK' } });
const badCsrf = { headers: { 'x-csrf-token': 'not-the-token' } };

describe('GET /api/filings/:id/bureau and POST …/bureau/resend', () => {
  it('answers the owner only: another applicant 404, staff 403, signed out 401, a bad id 404', async () => {
    const filing = await fx.inBureauSms({ caseId: 'pass-personal' });
    const other = await signedInClient(t.app, t.db, 'APPLICANT');
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const path = `/api/filings/${filing.id}/bureau`;
    expect((await other.client.get(path)).statusCode).toBe(404);
    expect((await other.client.post(`${path}/resend`)).statusCode).toBe(404);
    expect((await reviewer.client.get(path)).statusCode).toBe(403);
    expect((await createClient(t.app).get(path)).statusCode).toBe(401);
    expect((await fx.applicant.get('/api/filings/not-a-uuid/bureau')).statusCode).toBe(404);
    // Before the second approval there is no round.
    const draft = await fx.readyDraft('pass-personal');
    expect((await fx.applicant.get(`/api/filings/${draft.id}/bureau`)).json()).toEqual({ check: null });
  });

  it('resends: 409 before MIIT has it, 429 with Retry-After within a minute, then only to the unconfirmed', async () => {
    const filing = await fx.inBureauSms({ caseId: 'pass-enterprise-three-sites', websitePrincipal: true });
    const resend = `/api/filings/${filing.id}/bureau/resend`;
    const pending = await fx.applicant.post(resend);
    expect(pending.statusCode).toBe(409);
    expect(pending.json().code).toBe('BUREAU_CHECK_NOT_PENDING');

    await jobs.submit();
    expect((await fx.applicant.post(resend, undefined, badCsrf)).json().code).toBe('CSRF_INVALID');
    clock.advance(20_000);
    const soon = await fx.applicant.post(resend);
    expect(soon.statusCode).toBe(429);
    expect(soon.json().code).toBe('BUREAU_RESEND_TOO_SOON');
    expect(soon.headers['retry-after']).toBe('40');
    expect(await texts(filing.subjectMobile)).toBe(1);

    await confirmOnMiit(t, filing.subjectMobile, SUBJECT_PRINCIPAL.certNumber);
    clock.advance(40_000);
    const sent = await fx.applicant.post(resend);
    expect(sent.statusCode, sent.body).toBe(200);
    const check = (sent.json() as BureauCheckResponse).check;
    expect(check?.resendAvailableAt).toBe(new Date(clock.now().getTime() + 60_000).toISOString());
    expect(await texts(filing.subjectMobile)).toBe(1);
    expect(await texts(filing.websiteMobile as string)).toBe(2);

    // Once the check is complete there is nothing to resend.
    await confirmOnMiit(t, filing.websiteMobile as string, WEBSITE_PRINCIPAL.certNumber);
    await jobs.poll();
    clock.advance(60_000);
    const over = await fx.applicant.post(resend);
    expect(over.statusCode).toBe(409);
    expect(over.json().code).toBe('BUREAU_CHECK_NOT_PENDING');
  });
});

describe('GET /api/review/returned and POST /api/review/filings/:id/resubmit-to-bureau', () => {
  it('lists failed checks oldest failure first, for reviewers and admins only', async () => {
    const first = await fx.inBureauSms({ caseId: 'pass-personal' });
    await jobs.submit();
    clock.advance(hours(1));
    const second = await fx.inBureauSms({ caseId: 'pass-personal' });
    await jobs.submit();
    clock.advance(hours(24));
    await jobs.poll(); // the first round's 24 hours are over; the second's not yet
    clock.advance(hours(1));
    await jobs.poll();

    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const admin = await signedInClient(t.app, t.db, 'ADMIN');
    const res = await reviewer.client.get('/api/review/returned');
    expect(res.statusCode).toBe(200);
    const ids = (res.json() as ReturnedFilingList).filings.map((f) => f.id);
    expect(ids.indexOf(first.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    const listed = (res.json() as ReturnedFilingList).filings.find((f) => f.id === first.id);
    expect(listed).toMatchObject({ orderNo: first.orderNo, round: 1, failure: 'DEADLINE', province: '44' });
    expect(listed?.subjectName).toEqual(expect.any(String));
    expect((await admin.client.get('/api/review/returned')).statusCode).toBe(200);
    expect((await fx.applicant.get('/api/review/returned')).statusCode).toBe(403);
  });

  it('refuses a resubmission by role, by body, out of state, on a stale version, without CSRF or out of sight', async () => {
    const filing = await fx.inBureauSms({ caseId: 'pass-personal' });
    await jobs.submit();
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const path = `/api/review/filings/${filing.id}/resubmit-to-bureau`;
    const reason = '已联系负责人';

    // Still in BUREAU_SMS: not a returned filing.
    const early = await reviewer.client.post(path, { version: filing.version, reason });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('ILLEGAL_TRANSITION');

    clock.advance(hours(24));
    await jobs.poll();
    const failed = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    expect(failed.status).toBe('SMS_FAILED');

    expect((await fx.applicant.post(path, { version: failed.version, reason })).statusCode).toBe(403);
    for (const body of [{ version: failed.version, reason: '  ' }, { version: failed.version }, { reason }]) {
      const bad = await reviewer.client.post(path, body);
      expect(bad.statusCode, JSON.stringify(body)).toBe(400);
    }
    const extra = await reviewer.client.post(path, { version: failed.version, reason, round: 9 });
    expect(extra.statusCode).toBe(400);
    const stale = await reviewer.client.post(path, { version: failed.version - 1, reason });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const noCsrf = await reviewer.client.post(path, { version: failed.version, reason }, badCsrf);
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('CSRF_INVALID');
    // A draft was never handed over: staff get the answer of a missing filing.
    const draft = await fx.readyDraft('pass-personal');
    const hidden = await reviewer.client.post(`/api/review/filings/${draft.id}/resubmit-to-bureau`, {
      version: draft.version,
      reason,
    });
    expect(hidden.statusCode).toBe(404);
    // Nothing of that was written.
    expect(await t.db.bureauSubmission.count({ where: { filingId: filing.id } })).toBe(1);
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).version).toBe(failed.version);

    const admin = await signedInClient(t.app, t.db, 'ADMIN');
    const ok = await admin.client.post(path, { version: failed.version, reason });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'BUREAU_SMS', version: failed.version + 1 });
  });
});

describe('the bureau jobs', () => {
  it('run every 30 seconds, the simulated bureau among them while the simulators run', () => {
    const jobs = t.app.backgroundJobs.list.filter((j) =>
      ['bureau.submit', 'bureau.poll', 'simulator.bureau'].includes(j.name),
    );
    expect(jobs.map((j) => [j.name, j.intervalMs])).toEqual([
      ['bureau.submit', 30_000],
      ['bureau.poll', 30_000],
      ['simulator.bureau', 30_000],
    ]);
  });
});
