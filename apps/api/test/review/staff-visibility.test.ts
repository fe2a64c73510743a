// Staff see a filing only once it was handed over for review and not taken back (docs/decisions/014): a draft that
// was never submitted, one withdrawn back to a draft and one abandoned as a draft answer every staff route exactly
// like a missing record; one abandoned after a submission stays visible, and of its materials only those a reviewer
// received. Answers with personal data are never cached.
import type { Material, ReviewFilingDetail } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { expectAnsweredAsMissing } from '../helpers/answered-as-missing.ts';
import { type Client, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { upload } from '../materials/materials-fixtures.ts';
import { submittingApplicant } from './submitting-applicant.ts';

const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
let t: SimulatorTestApp;
let staff: { role: 'REVIEWER' | 'ADMIN'; client: Client; id: string }[];
let admin: Client;
let reviewerId: string;
let applicant: Awaited<ReturnType<typeof submittingApplicant>>;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  applicant = await submittingApplicant(t);
  staff = [];
  for (const role of ['REVIEWER', 'ADMIN'] as const) {
    const { client, account } = await signedInClient(t.app, t.db, role);
    staff.push({ role, client, id: account.id });
  }
  admin = staff[1]?.client as Client;
  reviewerId = staff[0]?.id as string;
});
afterAll(() => t.close());

const materialsOf = (filingId: string) =>
  t.db.material.findMany({ where: { filingId }, orderBy: { uploadedAt: 'asc' } });

/** Every staff route that reaches a filing or its materials answers as for a missing id, for reviewers and admins. */
async function expectHiddenFromStaff(filingId: string) {
  const [material] = await materialsOf(filingId);
  if (!material) throw new Error('the filing has no materials');
  for (const { client } of staff) {
    await expectAnsweredAsMissing((id) => client.get(`/api/review/filings/${id}`), filingId);
    await expectAnsweredAsMissing((id) => client.get(`/api/materials/${id}/content`), material.id);
    await expectAnsweredAsMissing((id) => client.post(`/api/review/filings/${id}/approve`, { version: 1 }), filingId);
    await expectAnsweredAsMissing(
      (id) =>
        client.post(`/api/review/filings/${id}/reject`, {
          version: 1,
          reasons: [{ field: 'subject.mailingAddress', code: 'OTHER', message: '地址不详细。' }],
        }),
      filingId,
    );
    await expectAnsweredAsMissing((id) => client.post(`/api/review/filings/${id}/lease`), filingId);
    await expectAnsweredAsMissing((id) => client.delete(`/api/review/filings/${id}/lease`), filingId);
  }
  await expectAnsweredAsMissing((id) => admin.post(`/api/review/filings/${id}/assign`, { reviewerId }), filingId);
}

async function expectShownToStaff(filingId: string) {
  for (const { role, client } of staff) {
    const detail = await client.get(`/api/review/filings/${filingId}`);
    expect(detail.statusCode, `${role}: ${detail.body}`).toBe(200);
    for (const m of (detail.json() as ReviewFilingDetail).materials) {
      expect((await client.get(m.contentUrl)).statusCode, role).toBe(200);
    }
  }
}

const version = async (id: string) => (await t.db.filing.findUniqueOrThrow({ where: { id } })).version;

describe('a filing staff may not see', () => {
  it('is a draft that was never submitted, with every material uploaded', async () => {
    const draft = await applicant.readyDraft();
    await expectHiddenFromStaff(draft.id);
    // Nothing moved: the draft is still the applicant's, unclaimed.
    expect(await t.db.filing.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: 'DRAFT',
      claimedById: null,
    });
  });

  it('is a submission withdrawn back to a draft, and stays hidden when that draft is abandoned', async () => {
    const filing = await applicant.submitted();
    await expectShownToStaff(filing.id);
    const withdrawn = await applicant.applicant.post(`/api/filings/${filing.id}/withdraw`, { version: filing.version });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    await expectHiddenFromStaff(filing.id);

    const abandoned = await applicant.applicant.post(`/api/filings/${filing.id}/abandon`, {
      version: await version(filing.id),
    });
    expect(abandoned.statusCode, abandoned.body).toBe(200);
    await expectHiddenFromStaff(filing.id);
  });

  it('is a draft abandoned before it was ever submitted', async () => {
    const draft = await applicant.readyDraft();
    const res = await applicant.applicant.post(`/api/filings/${draft.id}/abandon`, { version: draft.version });
    expect(res.statusCode, res.body).toBe(200);
    await expectHiddenFromStaff(draft.id);
  });
});

describe('a filing staff may see', () => {
  it('is one abandoned after a rejection, without the files uploaded since the rejection', async () => {
    const filing = await applicant.submitted();
    const reviewer = staff[0]?.client as Client;
    expect((await admin.post(`/api/review/filings/${filing.id}/assign`, { reviewerId })).statusCode).toBe(200);
    const rejected = await reviewer.post(`/api/review/filings/${filing.id}/reject`, {
      version: filing.version,
      reasons: [{ field: 'materials.VERIFICATION_SHEET', code: 'SHEET_NOT_SIGNED', message: '核验单未签字。' }],
    });
    expect(rejected.statusCode, rejected.body).toBe(200);

    clock.advance(60_000);
    const before = await materialsOf(filing.id);
    const replaced = await upload(
      applicant.applicant,
      filing.id,
      { kind: 'VERIFICATION_SHEET' },
      { filename: 'sheet.jpg', content: await photo('jpeg', 320, 240) },
    );
    expect(replaced.statusCode, replaced.body).toBe(201);
    const fresh = replaced.json() as Material;
    const abandoned = await applicant.applicant.post(`/api/filings/${filing.id}/abandon`, {
      version: await version(filing.id),
    });
    expect(abandoned.statusCode, abandoned.body).toBe(200);

    await expectShownToStaff(filing.id);
    for (const { client } of staff) {
      const detail = (await client.get(`/api/review/filings/${filing.id}`)).json() as ReviewFilingDetail;
      expect(detail.filing.status).toBe('ABANDONED');
      const shown = detail.materials.map((m) => m.id);
      expect(shown).not.toContain(fresh.id);
      expect(shown.sort()).toEqual(
        before
          .filter((m) => m.kind !== 'VERIFICATION_SHEET')
          .map((m) => m.id)
          .sort(),
      );
      await expectAnsweredAsMissing((id) => client.get(`/api/materials/${id}/content`), fresh.id);
    }
  });
});

describe('answers with personal data', () => {
  it('are never stored by a browser or a proxy; an upload is a sandboxed attachment', async () => {
    const filing = await applicant.submitted();
    const reviewer = staff[0]?.client as Client;
    const detail = await reviewer.get(`/api/review/filings/${filing.id}`);
    const material = (detail.json() as ReviewFilingDetail).materials[0];
    const answers = {
      'the reviewer’s detail': detail,
      'the applicant’s filing': await applicant.applicant.get(`/api/filings/${filing.id}`),
      'the filing list': await applicant.applicant.get('/api/filings'),
      'the account': await applicant.applicant.get('/api/auth/me'),
      'a refusal': await reviewer.get(`/api/filings/${filing.id}`),
    };
    for (const [what, res] of Object.entries(answers)) expect(res.headers['cache-control'], what).toBe('no-store');

    const content = await reviewer.get(material?.contentUrl ?? '');
    expect(content.statusCode).toBe(200);
    expect(content.headers).toMatchObject({
      'cache-control': 'private, no-store',
      'content-disposition': expect.stringMatching(/^attachment; filename="[A-Z_]+\.(jpg|png|pdf)"$/),
      'content-security-policy': 'sandbox',
      'x-content-type-options': 'nosniff',
    });
  });

  it('is the default: a route that says how it may be cached keeps its word', async () => {
    // The API docs' static files set their own caching.
    const style = await t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui.css' });
    expect(style.statusCode).toBe(200);
    expect(style.headers['cache-control']).toBe('public, max-age=0');
  });
});
