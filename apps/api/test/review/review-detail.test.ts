// GET /api/review/filings/:id: the applicant's detail beside the registry's subject and the domain's registration,
// the materials with content URLs the reviewer can open, the province's sheet rules and the event history.
import type { ReviewFilingDetail } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEPT_LOOKUP_MS } from '../../src/adapters/kept-lookups.ts';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { completedDraft, submitBody, uploadRequired } from '../materials/materials-fixtures.ts';

let t: SimulatorTestApp;
const clock = manualClock(new Date('2026-12-03T02:00:00Z'));
beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

/** A fresh applicant's filing of the demo case, submitted through the API: it waits in initial review. */
async function submittedFiling(caseId: string) {
  const { client: applicant } = await freshApplicant(t);
  const draft = await completedDraft(t, applicant, caseId);
  await uploadRequired(applicant, draft.id, await photo('jpeg'));
  expect((await applicant.post(`/api/filings/${draft.id}/submit`, submitBody(draft.version))).statusCode).toBe(200);
  return { applicant, draft, row: await t.db.filing.findUniqueOrThrow({ where: { id: draft.id } }) };
}

describe('GET /api/review/filings/:id', () => {
  it('shows the reviewer everything to decide from, and no one else', async () => {
    const { applicant, draft, row } = await submittedFiling('pass-personal');

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
    // The filing as the applicant reads it, field for field.
    expect(body.filing).toEqual((await applicant.get(`/api/filings/${draft.id}`)).json());

    // Every field of the history and of the materials, as stored, oldest first.
    const events = await t.db.filingEvent.findMany({
      where: { filingId: draft.id },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    expect(body.history).toEqual(
      events.map((e) => ({
        event: e.event,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        actorRole: e.actorRole,
        actorId: e.actorId,
        at: e.at.toISOString(),
        payload: e.payload,
      })),
    );
    expect(body.history[1]?.actorId).toBe(row.accountId);
    const stored = await t.db.material.findMany({
      where: { filingId: draft.id },
      orderBy: [{ uploadedAt: 'asc' }, { id: 'asc' }],
    });
    expect(body.materials).toEqual(
      stored.map((m) => ({
        id: m.id,
        kind: m.kind,
        websiteFilingNo: m.websiteFilingNo,
        category: m.category,
        contentType: m.contentType,
        bytes: m.bytes,
        width: m.width,
        height: m.height,
        sha256: m.sha256,
        uploadedAt: m.uploadedAt.toISOString(),
        contentUrl: `/api/materials/${m.id}/content`,
      })),
    );
    expect(body.filing.rejection).toBeNull();

    const first = body.materials[0];
    const content = await reviewer.client.get(first?.contentUrl ?? '');
    expect(content.statusCode).toBe(200);

    // Rejected: the reviewer's detail shows the rejection as the applicant reads it.
    const rejected = await reviewer.client.post(`/api/review/filings/${draft.id}/reject`, {
      version: body.filing.version,
      reasons: [{ field: 'materials.VERIFICATION_SHEET', code: 'SHEET_NOT_SIGNED', message: '核验单未签字。' }],
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const after = (await reviewer.client.get(`/api/review/filings/${draft.id}`)).json() as ReviewFilingDetail;
    const own = (await applicant.get(`/api/filings/${draft.id}`)).json();
    expect(after.filing.rejection).toEqual(own.rejection);
    expect(after.filing.rejection?.reasons).toEqual([
      expect.objectContaining({ field: 'materials.VERIFICATION_SHEET', message: '核验单未签字。' }),
    ]);
    expect(after.history.map((e) => e.event)).toEqual(['create', 'submit', 'reject']);

    expect((await applicant.get(`/api/review/filings/${draft.id}`)).statusCode).toBe(403);
  });

  it('keeps the registry’s subject and the domain’s WHOIS record it shows for a minute', async () => {
    const { draft, row } = await submittedFiling('pass-government');
    const subjectFilingNo = row.subjectFilingNo ?? '';
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const open = async () =>
      (await reviewer.client.get(`/api/review/filings/${draft.id}`)).json() as ReviewFilingDetail;

    const first = await open();
    const { name } = await t.db.simMiitSubject.findUniqueOrThrow({ where: { subjectFilingNo } });
    const { registrar } = await t.db.simDomainRecord.findUniqueOrThrow({ where: { domain: row.domainAscii } });
    expect(first.registry?.name).toBe(name);
    expect(first.domainRecord?.registrar).toBe(registrar);

    // The outside systems change their answers; within the minute the reviewer sees the ones already asked for.
    await t.db.simMiitSubject.update({ where: { subjectFilingNo }, data: { name: `${name}（更名）` } });
    await t.db.simDomainRecord.update({ where: { domain: row.domainAscii }, data: { registrar: '另一注册商' } });
    clock.advance(KEPT_LOOKUP_MS - 1);
    const within = await open();
    expect(within.registry?.name).toBe(name);
    expect(within.domainRecord?.registrar).toBe(registrar);

    clock.advance(1);
    const after = await open();
    expect(after.registry?.name).toBe(`${name}（更名）`);
    expect(after.domainRecord?.registrar).toBe('另一注册商');
  });
});
