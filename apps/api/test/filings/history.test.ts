// GET /api/filings/:id/history: the applicant reads each review round and every status change of its own filing,
// driven through the real submit → reject → resubmit → approve cycle, without learning who reviewed it.
import type { FilingHistory } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAnsweredAsMissing } from '../helpers/answered-as-missing.ts';
import { type Client, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { submitBody } from '../materials/materials-fixtures.ts';
import { submittingApplicant } from '../review/submitting-applicant.ts';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from './filing-fixtures.ts';

const clock = manualClock(new Date('2026-12-03T02:00:00Z'));
let t: SimulatorTestApp;
let applicant: Client;
let applicantId: string;
let submitted: Awaited<ReturnType<typeof submittingApplicant>>['submitted'];
let template: { id: string };

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  const fixture = await submittingApplicant(t);
  ({ applicant, applicantId, submitted } = fixture);
  template = fixture.completed();
});
afterAll(() => t.close());

const historyOf = (client: Client, id: string) => client.get(`/api/filings/${id}/history`);

describe('GET /api/filings/:id/history', () => {
  it('shows a rejected round with its reasons, then the approved one, and every change by party only', async () => {
    const filing = await submitted();
    const submittedAt = clock.now().toISOString();
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const claim = (await reviewer.client.post('/api/review/claim-next', { stage: 'INITIAL' })).json();
    expect(claim.filing.id).toBe(filing.id);
    clock.advance(600_000);
    const rejectedAt = clock.now().toISOString();
    const reason = {
      field: 'subject.mailingAddress',
      code: 'MAILING_ADDRESS_INCOMPLETE',
      message: '通信地址不详细。',
      suggestion: '写到门牌号。',
    };
    const rejected = await reviewer.client.post(`/api/review/filings/${filing.id}/reject`, {
      version: claim.filing.version,
      reasons: [reason],
    });
    expect(rejected.statusCode, rejected.body).toBe(200);

    const fixed = await applicant.put(`/api/filings/${filing.id}/subject`, {
      version: rejected.json().version,
      subject: { mailingAddress: '广东省深圳市南山区科技园路 1 号 2 栋 301 室' },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    clock.advance(3_600_000);
    const resubmittedAt = clock.now().toISOString();
    const again = await applicant.post(`/api/filings/${filing.id}/submit`, submitBody(fixed.json().version));
    expect(again.statusCode, again.body).toBe(200);

    const pending = (await historyOf(applicant, filing.id)).json() as FilingHistory;
    expect(pending.rounds.map((r) => [r.round, r.outcome])).toEqual([
      [1, 'REJECTED'],
      [2, 'PENDING'],
    ]);

    const second = (await reviewer.client.post('/api/review/claim-next', { stage: 'INITIAL' })).json();
    clock.advance(600_000);
    const approvedAt = clock.now().toISOString();
    const approved = await reviewer.client.post(`/api/review/filings/${filing.id}/approve`, {
      version: second.filing.version,
    });
    expect(approved.statusCode, approved.body).toBe(200);

    const res = await historyOf(applicant, filing.id);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as FilingHistory;
    expect(body.rounds).toEqual([
      { stage: 'INITIAL', round: 1, submittedAt, outcome: 'REJECTED', decidedAt: rejectedAt, reasons: [reason] },
      {
        stage: 'INITIAL',
        round: 2,
        submittedAt: resubmittedAt,
        outcome: 'APPROVED',
        decidedAt: approvedAt,
        reasons: [],
      },
    ]);
    expect(body.events).toEqual([
      { event: 'submit', fromStatus: 'DRAFT', toStatus: 'INITIAL_REVIEW', actor: 'APPLICANT', at: submittedAt },
      {
        event: 'reject',
        fromStatus: 'INITIAL_REVIEW',
        toStatus: 'INITIAL_REJECTED',
        actor: 'PROVIDER',
        at: rejectedAt,
      },
      {
        event: 'resubmit',
        fromStatus: 'INITIAL_REJECTED',
        toStatus: 'INITIAL_REVIEW',
        actor: 'APPLICANT',
        at: resubmittedAt,
      },
      { event: 'approve', fromStatus: 'INITIAL_REVIEW', toStatus: 'PHOTO_PENDING', actor: 'PROVIDER', at: approvedAt },
    ]);
    expect(JSON.stringify(body)).not.toContain(reviewer.account.id);
    expect(JSON.stringify(body)).not.toContain(applicantId);
  });

  it('shows a withdrawn round as withdrawn', async () => {
    const filing = await submitted();
    clock.advance(60_000);
    const res = await applicant.post(`/api/filings/${filing.id}/withdraw`, { version: filing.version });
    expect(res.statusCode, res.body).toBe(200);
    const body = (await historyOf(applicant, filing.id)).json() as FilingHistory;
    expect(body.rounds).toEqual([
      expect.objectContaining({ round: 1, outcome: 'WITHDRAWN', decidedAt: clock.now().toISOString(), reasons: [] }),
    ]);
    expect(body.events.map((e) => [e.event, e.toStatus, e.actor])).toEqual([
      ['submit', 'INITIAL_REVIEW', 'APPLICANT'],
      ['withdraw', 'DRAFT', 'APPLICANT'],
    ]);
  });

  it('has no rounds for a draft never submitted', async () => {
    const body = (await historyOf(applicant, template.id)).json() as FilingHistory;
    expect(body.rounds).toEqual([]);
    expect(body.events.map((e) => [e.event, e.fromStatus, e.toStatus])).toEqual([['create', null, 'DRAFT']]);
  });

  it("answers another applicant's filing as a missing one, and refuses a reviewer", async () => {
    const { client: other } = await freshApplicant(t);
    await expectAnsweredAsMissing((id) => historyOf(other, id), template.id);

    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    expect((await historyOf(reviewer.client, template.id)).statusCode).toBe(403);
  });
});
