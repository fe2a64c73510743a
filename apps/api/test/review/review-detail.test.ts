// GET /api/review/filings/:id: the applicant's detail beside the registry's subject and the domain's registration,
// the materials with content URLs the reviewer can open, the province's sheet rules and the event history.
import type { ReviewFilingDetail } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { completedDraft, submitBody, uploadRequired } from '../materials/materials-fixtures.ts';

let t: SimulatorTestApp;
beforeAll(async () => {
  t = await createSimulatorTestApp(manualClock(new Date('2026-12-03T02:00:00Z')));
});
afterAll(() => t.close());

describe('GET /api/review/filings/:id', () => {
  it('shows the reviewer everything to decide from, and no one else', async () => {
    const { client: applicant } = await freshApplicant(t);
    const draft = await completedDraft(t, applicant, 'pass-personal');
    await uploadRequired(applicant, draft.id, await photo('jpeg'));
    expect((await applicant.post(`/api/filings/${draft.id}/submit`, submitBody(draft.version))).statusCode).toBe(200);
    const row = await t.db.filing.findUniqueOrThrow({ where: { id: draft.id } });

    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    await reviewer.client.post('/api/review/claim-next', { stage: 'INITIAL' });
    const res = await reviewer.client.get(`/api/review/filings/${draft.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as ReviewFilingDetail;
    expect(body.filing).toMatchObject({ id: draft.id, status: 'INITIAL_REVIEW' });
    expect(body.filing.verify.checks.length).toBeGreaterThan(0);
    expect(body.claim?.claimedBy.id).toBe(reviewer.account.id);
    expect(body.registry?.subjectFilingNo).toBe(row.subjectFilingNo);
    expect(body.domainRecord?.domain).toBe(row.domainAscii);
    expect(body.materials.length).toBeGreaterThan(0);
    expect(body.sheetRequirements).toContain('SIGNATURE');
    expect(body.history.map((e) => e.event)).toEqual(['create', 'submit']);

    const first = body.materials[0];
    const content = await reviewer.client.get(first?.contentUrl ?? '');
    expect(content.statusCode).toBe(200);

    expect((await applicant.get(`/api/review/filings/${draft.id}`)).statusCode).toBe(403);
  });
});
