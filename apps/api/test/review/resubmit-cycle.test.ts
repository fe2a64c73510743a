// The applicant's side of a rejection: the reasons on the filing, only the named fields editable, resubmission with
// a new due time, and withdrawal while no reviewer holds the filing.
import type { FilingDetail } from '@beian/contracts';
import { slaDueAt } from '@beian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatorTestApp, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { type Client, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { submitBody } from '../materials/materials-fixtures.ts';
import { submittingApplicant } from './submitting-applicant.ts';

const clock = manualClock(new Date('2026-12-03T02:00:00Z'));
let t: SimulatorTestApp;
let applicant: Client;
let submitted: Awaited<ReturnType<typeof submittingApplicant>>['submitted'];

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  ({ applicant, submitted } = await submittingApplicant(t));
});
afterAll(() => t.close());

const detailOf = async (id: string) => (await applicant.get(`/api/filings/${id}`)).json() as FilingDetail;

describe('reject → fix → resubmit → approve', () => {
  it('shows the reasons, lets only the named field change, and writes the whole cycle as events', async () => {
    const filing = await submitted();
    const firstDue = filing.slaDueAt;
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const claim = (await reviewer.client.post('/api/review/claim-next', { stage: 'INITIAL' })).json();
    expect(claim.filing.id).toBe(filing.id);
    const reason = { field: 'subject.mailingAddress', code: 'MAILING_ADDRESS_INCOMPLETE', message: '通信地址不详细。' };
    const rejected = await reviewer.client.post(`/api/review/filings/${filing.id}/reject`, {
      version: claim.filing.version,
      reasons: [reason],
    });
    expect(rejected.statusCode, rejected.body).toBe(200);

    const detail = await detailOf(filing.id);
    expect(detail.status).toBe('INITIAL_REJECTED');
    expect(detail.rejection).toEqual({ at: clock.now().toISOString(), reasons: [reason] });

    const other = await applicant.put(`/api/filings/${filing.id}/subject`, {
      version: detail.version,
      subject: { certificateAddress: '广东省深圳市南山区另一条路 1 号' },
    });
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({
      code: 'FIELD_NOT_EDITABLE',
      errors: [{ path: 'subject.certificateAddress' }],
    });
    const fixed = await applicant.put(`/api/filings/${filing.id}/subject`, {
      version: detail.version,
      subject: { mailingAddress: '广东省深圳市南山区科技园路 1 号 2 栋 301 室' },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);

    clock.advance(3_600_000);
    const again = await applicant.post(`/api/filings/${filing.id}/submit`, submitBody(fixed.json().version));
    expect(again.statusCode, again.body).toBe(200);
    const resubmitted = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    expect(resubmitted.status).toBe('INITIAL_REVIEW');
    // The SLA clock starts again from the resubmission.
    expect(resubmitted.submittedAt).toEqual(clock.now());
    expect(resubmitted.slaDueAt).toEqual(slaDueAt(clock.now(), 1));
    expect(firstDue).not.toBeNull();
    expect((await detailOf(filing.id)).rejection).toBeNull();

    const second = (await reviewer.client.post('/api/review/claim-next', { stage: 'INITIAL' })).json();
    expect(second.filing.id).toBe(filing.id);
    const approved = await reviewer.client.post(`/api/review/filings/${filing.id}/approve`, {
      version: second.filing.version,
    });
    expect(approved.json().status).toBe('PHOTO_PENDING');

    const events = await t.db.filingEvent.findMany({ where: { filingId: filing.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.event, e.fromStatus, e.toStatus])).toEqual([
      ['submit', 'DRAFT', 'INITIAL_REVIEW'],
      ['reject', 'INITIAL_REVIEW', 'INITIAL_REJECTED'],
      ['resubmit', 'INITIAL_REJECTED', 'INITIAL_REVIEW'],
      ['approve', 'INITIAL_REVIEW', 'PHOTO_PENDING'],
    ]);
  });
});

describe('POST /api/filings/:id/withdraw', () => {
  it('takes an unclaimed filing back to DRAFT, and refuses once a reviewer holds it', async () => {
    const free = await submitted();
    const res = await applicant.post(`/api/filings/${free.id}/withdraw`, { version: free.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'DRAFT', version: free.version + 1 });

    const held = await submitted();
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const admin = await signedInClient(t.app, t.db, 'ADMIN');
    const assign = await admin.client.post(`/api/review/filings/${held.id}/assign`, {
      reviewerId: reviewer.account.id,
    });
    expect(assign.statusCode).toBe(200);
    const refused = await applicant.post(`/api/filings/${held.id}/withdraw`, { version: held.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('WITHDRAW_CLAIMED');
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: held.id } })).status).toBe('INITIAL_REVIEW');
  });
});
