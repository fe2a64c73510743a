import type { PhotoStep } from '@beian/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { expectAnsweredAsMissing } from '../helpers/answered-as-missing.ts';
import { type Client, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { submitBody } from '../materials/materials-fixtures.ts';
import { submittingApplicant } from '../review/submitting-applicant.ts';

const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
let t: SimulatorTestApp;
let applicant: Client;
let admin: Client;
let readyDraft: Awaited<ReturnType<typeof submittingApplicant>>['readyDraft'];
/** The demo cases: Guangdong (a person) and Shanghai (a company whose websites all share the subject's principal). */
const guangdong = 'pass-personal';
const shanghai = 'pass-enterprise-three-sites';

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  ({ applicant, readyDraft } = await submittingApplicant(t, [guangdong, shanghai]));
  admin = (await signedInClient(t.app, t.db, 'ADMIN')).client;
});
afterAll(() => t.close());

const photoStep = (client: Client, id: string) => client.get(`/api/filings/${id}/photo`);

function expectNotOpen(res: LightMyRequestResponse, status: string) {
  expect(res.statusCode, res.body).toBe(409);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json()).toMatchObject({ code: 'PHOTO_STEP_NOT_OPEN' });
  expect(res.json().detail).toContain(status);
}

/** A draft of the case taken through submission and an initial approval by a reviewer, checking the 409s on the way. */
async function approved(caseId: string) {
  const draft = await readyDraft(caseId);
  expectNotOpen(await photoStep(applicant, draft.id), 'DRAFT');
  const submitted = await applicant.post(`/api/filings/${draft.id}/submit`, submitBody(draft.version));
  expect(submitted.statusCode, submitted.body).toBe(200);
  expectNotOpen(await photoStep(applicant, draft.id), 'INITIAL_REVIEW');

  clock.advance(3_600_000);
  const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
  const assigned = await admin.post(`/api/review/filings/${draft.id}/assign`, { reviewerId: reviewer.account.id });
  expect(assigned.statusCode, assigned.body).toBe(200);
  const res = await reviewer.client.post(`/api/review/filings/${draft.id}/approve`, {
    version: submitted.json().version,
  });
  expect(res.statusCode, res.body).toBe(200);
  return { ...draft, version: res.json().version as number, approvedAt: clock.now().toISOString() };
}

describe('GET /api/filings/:id/photo', () => {
  it('opens after the initial approval; outside Shanghai the app check is closed by the province', async () => {
    const filing = await approved(guangdong);
    const res = await photoStep(applicant, filing.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      id: filing.id,
      orderNo: filing.orderNo,
      status: 'PHOTO_PENDING',
      version: filing.version,
      province: '44',
      approvedAt: filing.approvedAt,
      methods: [
        { name: 'APP_CHECK', status: 'fail', reason: 'APP_CHECK_PROVINCE' },
        { name: 'PHOTO_POINT', status: 'pass' },
        { name: 'CURTAIN', status: 'pass' },
      ],
      photo: null,
      secondReviewDueAt: null,
      rejection: null,
    } satisfies PhotoStep);
  });

  it('offers the Shanghai app check when every website shares the principal holding a resident ID', async () => {
    const filing = await approved(shanghai);
    const res = await photoStep(applicant, filing.id);
    expect(res.statusCode, res.body).toBe(200);
    const step = res.json() as PhotoStep;
    expect(step.province).toBe('31');
    expect(step.methods.map((m) => [m.name, m.status])).toEqual([
      ['APP_CHECK', 'pass'],
      ['PHOTO_POINT', 'pass'],
      ['CURTAIN', 'pass'],
    ]);
  });

  it('stays open past the photo (second review), with the time of the initial approval', async () => {
    const filing = await approved(guangdong);
    await t.db.filing.update({ where: { id: filing.id }, data: { status: 'SECOND_REVIEW' } });
    const res = await photoStep(applicant, filing.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'SECOND_REVIEW', approvedAt: filing.approvedAt });
  });

  it('answers another applicant 404, word for word as for a missing id, and a reviewer 403', async () => {
    const filing = await approved(guangdong);
    const { client: intruder } = await freshApplicant(t);
    await expectAnsweredAsMissing((id) => photoStep(intruder, id), filing.id);

    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const refused = await photoStep(reviewer.client, filing.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('FORBIDDEN');
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await applicant.get('/api/docs/json')).json();
    expect(doc.paths['/api/filings/{id}/photo']?.get?.responses).toHaveProperty('409');
  });
});
