// Who reaches an upload: the filing's owner reads and deletes it, reviewers and admins read it once the filing was
// submitted, another applicant gets a 404 exactly as for a missing id; downloads are sandboxed attachments with the
// stored type and no personal data in the file name.
import { randomUUID } from 'node:crypto';
import type { Material } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdf, photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { expectAnsweredAsMissing } from '../helpers/answered-as-missing.ts';
import { type Client, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { completedDraft, copyOf, objectsOf, upload } from './materials-fixtures.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;
let owner: Client;
let other: Client;
let filingId: string;
let photoMaterial: Material;
let jpeg: Buffer;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  const applicant = await freshApplicant(t);
  owner = applicant.client;
  other = (await freshApplicant(t)).client;
  const draft = await completedDraft(t, owner, 'pass-personal');
  filingId = (await copyOf(t, draft, applicant.account.id)).id;
  jpeg = await photo('jpeg');
  photoMaterial = (
    await upload(owner, filingId, { kind: 'HANDHELD_CERT_PHOTO' }, { filename: '赵强-手持.jpg', content: jpeg })
  ).json();
});
afterAll(() => t.close());

describe('GET /api/materials/:id/content', () => {
  it('streams the bytes to the owner as a sandboxed attachment with the stored type, an id-free name, no caching or sniffing', async () => {
    const res = await owner.get(`/api/materials/${photoMaterial.id}/content`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(jpeg)).toBe(true);
    expect(res.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'content-length': String(jpeg.length),
      'content-disposition': 'attachment; filename="HANDHELD_CERT_PHOTO.jpg"',
      'content-security-policy': 'sandbox',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
  });

  it('serves a PDF as application/pdf', async () => {
    const sheet = await pdf();
    const material = (
      await upload(owner, filingId, { kind: 'VERIFICATION_SHEET' }, { filename: 'sheet.jpg', content: sheet })
    ).json();
    const res = await owner.get(`/api/materials/${material.id}/content`);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="VERIFICATION_SHEET.pdf"');
    // A PDF with an OpenAction script would run it in an opaque origin with scripts off, never as the API.
    expect(res.headers['content-security-policy']).toBe('sandbox');
    expect(res.rawPayload.equals(sheet)).toBe(true);
  });

  it('lets reviewers and admins read it once the filing was submitted, and not before', async () => {
    for (const role of ['REVIEWER', 'ADMIN'] as const) {
      const { client } = await signedInClient(t.app, t.db, role);
      await expectAnsweredAsMissing((id) => client.get(`/api/materials/${id}/content`), photoMaterial.id);
    }
    await t.db.filing.update({ where: { id: filingId }, data: { status: 'INITIAL_REVIEW', submittedAt: clock.now() } });
    try {
      for (const role of ['REVIEWER', 'ADMIN'] as const) {
        const { client } = await signedInClient(t.app, t.db, role);
        const res = await client.get(`/api/materials/${photoMaterial.id}/content`);
        expect(res.statusCode, role).toBe(200);
        expect(res.rawPayload.equals(jpeg)).toBe(true);
      }
    } finally {
      await t.db.filing.update({ where: { id: filingId }, data: { status: 'DRAFT', submittedAt: null } });
    }
  });

  it('answers another applicant exactly as for a missing id', async () => {
    const foreign = await other.get(`/api/materials/${photoMaterial.id}/content`);
    const missing = await other.get(`/api/materials/${randomUUID()}/content`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail.replace(photoMaterial.id, 'ID')).toBe(
      missing.json().detail.replace(/[0-9a-f-]{36}/, 'ID'),
    );
  });

  it('refuses operators and anonymous callers', async () => {
    const { client: operator } = await signedInClient(t.app, t.db, 'OPERATOR');
    expect((await operator.get(`/api/materials/${photoMaterial.id}/content`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/materials/${photoMaterial.id}/content` })).statusCode).toBe(
      401,
    );
  });
});

describe("another account's filing and materials", () => {
  it('are 404 for listing, uploading, deleting and the sheet, and nothing changes', async () => {
    const base = `/api/filings/${filingId}`;
    expect((await other.get(`${base}/materials`)).statusCode).toBe(404);
    expect((await other.delete(`${base}/materials/${photoMaterial.id}`)).statusCode).toBe(404);
    expect((await other.get(`${base}/verification-sheet.pdf`)).statusCode).toBe(404);
    const res = await upload(other, filingId, { kind: 'HANDHELD_CERT_PHOTO' }, { filename: 'a.jpg', content: jpeg });
    expect(res.statusCode).toBe(404);
    expect(await t.db.material.findUnique({ where: { id: photoMaterial.id } })).not.toBeNull();
    expect(await objectsOf(t, filingId)).toHaveLength(await t.db.material.count({ where: { filingId } }));
  });

  it("a material of another filing cannot be deleted through one's own filing", async () => {
    const { client, account } = await freshApplicant(t);
    const mine = await copyOf(t, { id: filingId }, account.id);
    const res = await client.delete(`/api/filings/${mine.id}/materials/${photoMaterial.id}`);
    expect(res.statusCode).toBe(404);
    expect(await t.db.material.findUnique({ where: { id: photoMaterial.id } })).not.toBeNull();
  });
});

describe('a filing outside the editable states', () => {
  it('refuses uploads and deletes with 409 FILING_NOT_EDITABLE and keeps its materials', async () => {
    const { client, account } = await freshApplicant(t);
    const filing = await copyOf(t, { id: filingId }, account.id);
    const material = (
      await upload(client, filing.id, { kind: 'HANDHELD_CERT_PHOTO' }, { filename: 'a.jpg', content: jpeg })
    ).json();
    await t.db.filing.update({ where: { id: filing.id }, data: { status: 'INITIAL_REVIEW' } });
    const again = await upload(
      client,
      filing.id,
      { kind: 'HANDHELD_CERT_PHOTO' },
      { filename: 'a.jpg', content: jpeg },
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('FILING_NOT_EDITABLE');
    const removed = await client.delete(`/api/filings/${filing.id}/materials/${material.id}`);
    expect(removed.json().code).toBe('FILING_NOT_EDITABLE');
    expect(await objectsOf(t, filing.id)).toHaveLength(1);
    // Still readable while under review.
    expect((await client.get(`/api/materials/${material.id}/content`)).statusCode).toBe(200);
  });

  it('takes uploads again once rejected', async () => {
    const { client, account } = await freshApplicant(t);
    const filing = await copyOf(t, { id: filingId }, account.id, { status: 'INITIAL_REJECTED' });
    const res = await upload(client, filing.id, { kind: 'HANDHELD_CERT_PHOTO' }, { filename: 'a.jpg', content: jpeg });
    expect(res.statusCode).toBe(201);
  });
});

describe('the OpenAPI document', () => {
  it('describes the materials, submission and notification routes', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    for (const path of [
      '/api/filings/{id}/materials',
      '/api/filings/{id}/materials/{materialId}',
      '/api/filings/{id}/verification-sheet.pdf',
      '/api/filings/{id}/submit',
      '/api/materials/{id}/content',
      '/api/notifications/',
      '/api/notifications/unread-count',
      '/api/notifications/read',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const uploadOp = doc.paths['/api/filings/{id}/materials'].post;
    expect(Object.keys(uploadOp.responses)).toEqual(expect.arrayContaining(['201', '413', '415', '422']));
    expect(
      doc.paths['/api/filings/{id}/submit'].post.requestBody.content['application/json'].schema.properties,
    ).toHaveProperty('agreement');
  });
});
