// The photo-point operator: finding a filing by order number, the principals' ID images, and the photo taken at the
// point. Only filings waiting for their photo, only operators placed at a point, every action in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSubject } from '../../src/modules/filings/filing-data.ts';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { expectAnsweredAsMissing } from '../helpers/answered-as-missing.ts';
import type { Client } from '../helpers/http-client.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { photoApplicant, postPhoto } from '../photo/photo-fixtures.ts';
import { operatorAt, photoPointRow } from './operator-fixtures.ts';

const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
let t: SimulatorTestApp;
let fx: Awaited<ReturnType<typeof photoApplicant>>;
let operator: Awaited<ReturnType<typeof operatorAt>>;
let pointId: string;
let jpeg: Buffer;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  fx = await photoApplicant(t);
  pointId = (await photoPointRow(t)).id;
  operator = await operatorAt(t, pointId);
  jpeg = await photo('jpeg');
});
afterAll(() => t.close());

let numbered = 0;
/**
 * A filing waiting for its photo under a real order number: the fixtures' copies carry test numbers (BT…) that the
 * lookup's own format check would refuse before looking.
 */
async function waiting() {
  const filing = await fx.photoPending();
  numbered += 1;
  const orderNo = `BA20261207${String(90000 + numbered)}`;
  await t.db.filing.update({ where: { id: filing.id }, data: { orderNo } });
  return { ...filing, orderNo };
}

async function inReview() {
  const filing = await fx.submitted();
  numbered += 1;
  const orderNo = `BA20261207${String(90000 + numbered)}`;
  await t.db.filing.update({ where: { id: filing.id }, data: { orderNo } });
  return { ...filing, orderNo };
}

const lookup = (orderNo: string, client: Client = operator.client) => client.get(`/api/photo-point/orders/${orderNo}`);
const idImage = (filingId: string, materialId: string, client: Client = operator.client) =>
  client.get(`/api/photo-point/filings/${filingId}/id-images/${materialId}`);
const submit = (filingId: string, fields: Record<string, string>, client: Client = operator.client) =>
  postPhoto(client, `/api/photo-point/filings/${filingId}/photo`, fields, jpeg);
const confirmed = (version: number) => ({ version: String(version), idCheckedInPerson: 'true' });

const auditOf = (action: string, actorId = operator.account.id) =>
  t.db.auditLog.findMany({ where: { action, actorId }, orderBy: { id: 'asc' } });

/** The problem without what differs per request, the asked identifier replaced by a placeholder. */
const answer = (res: { json: () => Record<string, unknown> }, asked: string) => {
  const { requestId: _, instance: __, ...rest } = res.json();
  return JSON.parse(JSON.stringify(rest).replaceAll(asked, ':asked'));
};

describe('finding a filing by order number', () => {
  it("shows the principal's name, masked certificate and ID images, and the operator's point", async () => {
    const filing = await waiting();
    const res = await lookup(filing.orderNo.toLowerCase());
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const row = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    const principal = readSubject(row.subjectDraft).principal;
    expect(body.filing).toMatchObject({
      id: filing.id,
      orderNo: filing.orderNo,
      status: 'PHOTO_PENDING',
      version: filing.version,
      province: '44',
    });
    expect(body.point).toEqual({ id: pointId, name: '广州天河拍照点', province: '44', city: '广州市' });
    const [subject] = body.filing.principals;
    expect(subject).toMatchObject({ role: 'SUBJECT', name: principal.name, certMasked: principal.certMasked });
    expect(subject.certMasked).toContain('*');
    // The full number is kept only as a hash: nothing in the answer looks like an 18-character ID number.
    expect(res.body).not.toMatch(/\d{17}[\dX]/);
    const ids = await t.db.material.findMany({
      where: { filingId: filing.id, kind: { in: ['SUBJECT_PRINCIPAL_ID_FRONT', 'SUBJECT_PRINCIPAL_ID_BACK'] } },
    });
    expect(ids.length).toBeGreaterThan(0);
    expect(subject.images.map((i: { id: string }) => i.id).sort()).toEqual(ids.map((m) => m.id).sort());
  });

  it('answers a filing in another state exactly like an order number that does not exist', async () => {
    const other = await inReview();
    const unknown = 'BA2026120799999';
    const refused = await lookup(other.orderNo);
    const missing = await lookup(unknown);
    expect(refused.statusCode, refused.body).toBe(404);
    expect(missing.statusCode, missing.body).toBe(404);
    expect(answer(refused, other.orderNo)).toEqual(answer(missing, unknown));
  });

  it('records every lookup, found or not, in the audit log', async () => {
    const filing = await waiting();
    const before = (await auditOf('photoPoint.lookup')).length;
    await lookup(filing.orderNo);
    await lookup('BA2026120788888');
    const entries = (await auditOf('photoPoint.lookup')).slice(before);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ targetType: 'Filing', targetId: filing.id, at: clock.now() });
    expect(entries[0]?.detail).toEqual({ orderNo: filing.orderNo, photoPointId: pointId, found: true });
    expect(entries[1]).toMatchObject({ targetId: null });
    expect(entries[1]?.detail).toEqual({ orderNo: 'BA2026120788888', photoPointId: pointId, found: false });
  });
});

describe("the principals' ID images", () => {
  it('serves them to the operator while the filing waits for its photo, and audits each view', async () => {
    const filing = await waiting();
    const [subject] = (await lookup(filing.orderNo)).json().filing.principals;
    const image = subject.images[0];
    const res = await idImage(filing.id, image.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(image.contentType);
    expect(res.headers['content-security-policy']).toBe('sandbox');
    expect(res.rawPayload.length).toBeGreaterThan(0);
    const [entry] = (await auditOf('photoPoint.viewIdImage')).filter((e) => e.targetId === filing.id);
    expect(entry?.detail).toEqual({
      orderNo: filing.orderNo,
      materialId: image.id,
      kind: image.kind,
      photoPointId: pointId,
    });
  });

  it('serves no other material of the filing', async () => {
    const filing = await waiting();
    const sheet = await t.db.material.findFirstOrThrow({ where: { filingId: filing.id, kind: 'VERIFICATION_SHEET' } });
    expect((await idImage(filing.id, sheet.id)).statusCode).toBe(404);
  });

  it('answers a filing in another state like a filing id that does not exist', async () => {
    const other = await inReview();
    const material = await t.db.material.findFirstOrThrow({
      where: { filingId: other.id, kind: 'SUBJECT_PRINCIPAL_ID_FRONT' },
    });
    await expectAnsweredAsMissing((id) => idImage(id, material.id), other.id);
  });
});

describe('submitting the photo taken at the point', () => {
  it('moves the filing to SECOND_REVIEW, recorded as taken at the point by the operator, and audited', async () => {
    const filing = await waiting();
    const res = await submit(filing.id, confirmed(filing.version));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: filing.id, status: 'SECOND_REVIEW', version: filing.version + 1 });
    const [row] = await t.db.verificationPhoto.findMany({ where: { filingId: filing.id } });
    expect(row).toMatchObject({
      id: res.json().photoId,
      method: 'PHOTO_POINT',
      photoPointId: pointId,
      takenById: operator.account.id,
      takenByRole: 'OPERATOR',
      idCheckedInPerson: true,
      takenAt: clock.now(),
    });
    const event = await t.db.filingEvent.findFirstOrThrow({ where: { filingId: filing.id, event: 'submitPhoto' } });
    expect(event).toMatchObject({ toStatus: 'SECOND_REVIEW', actorRole: 'OPERATOR', actorId: operator.account.id });
    const [entry] = (await auditOf('photoPoint.submitPhoto')).filter((e) => e.targetId === filing.id);
    expect(entry?.detail).toEqual({
      orderNo: filing.orderNo,
      photoId: res.json().photoId,
      photoPointId: pointId,
      idCheckedInPerson: true,
    });
    // Once submitted, the filing is no longer the operator's: found like an unknown number.
    expect((await lookup(filing.orderNo)).statusCode).toBe(404);
  });

  it('takes a retake for a filing whose photo was rejected', async () => {
    const filing = await waiting();
    await t.db.filing.update({ where: { id: filing.id }, data: { status: 'PHOTO_REJECTED' } });
    expect((await lookup(filing.orderNo)).json().filing.status).toBe('PHOTO_REJECTED');
    const res = await submit(filing.id, confirmed(filing.version));
    expect(res.statusCode, res.body).toBe(200);
  });

  it('refuses a photo without the in-person ID check, and keeps the filing waiting', async () => {
    const filing = await waiting();
    const res = await submit(filing.id, { version: String(filing.version) });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('ID_CHECK_NOT_CONFIRMED');
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).status).toBe('PHOTO_PENDING');
    expect((await auditOf('photoPoint.submitPhoto')).filter((e) => e.targetId === filing.id)).toEqual([]);
  });

  it('answers a filing in another state like a filing id that does not exist', async () => {
    const draft = await fx.readyDraft();
    await expectAnsweredAsMissing((id) => submit(id, confirmed(draft.version)), draft.id);
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('DRAFT');
  });
});

describe('who may act', () => {
  it('refuses an operator placed at no point with OPERATOR_WITHOUT_POINT', async () => {
    const filing = await waiting();
    const nowhere = await operatorAt(t, null);
    for (const res of [
      await lookup(filing.orderNo, nowhere.client),
      await submit(filing.id, confirmed(filing.version), nowhere.client),
    ]) {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().code).toBe('OPERATOR_WITHOUT_POINT');
    }
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).status).toBe('PHOTO_PENDING');
  });

  it('refuses applicants, reviewers and admins on the operator routes', async () => {
    const filing = await waiting();
    const material = await t.db.material.findFirstOrThrow({
      where: { filingId: filing.id, kind: 'SUBJECT_PRINCIPAL_ID_FRONT' },
    });
    for (const client of [fx.applicant, fx.reviewer.client, fx.admin]) {
      for (const res of [
        await lookup(filing.orderNo, client),
        await idImage(filing.id, material.id, client),
        await submit(filing.id, confirmed(filing.version), client),
      ]) {
        expect(res.statusCode, res.body).toBe(403);
        expect(res.json().code).toBe('FORBIDDEN');
      }
    }
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).status).toBe('PHOTO_PENDING');
  });

  it("keeps the operator out of the applicant's routes", async () => {
    const filing = await waiting();
    const curtain = await postPhoto(
      operator.client,
      `/api/filings/${filing.id}/photo/curtain`,
      { version: String(filing.version) },
      jpeg,
    );
    for (const res of [
      await operator.client.get('/api/filings'),
      await operator.client.get(`/api/filings/${filing.id}/photo`),
      curtain,
    ]) {
      expect(res.statusCode, res.body).toBe(403);
    }
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).status).toBe('PHOTO_PENDING');
  });

  it('answers a malformed order number as unknown, before looking', async () => {
    const res = await lookup('12345');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'The orderNo "12345" was not found.' });
    const anonymous = await signedInClient(t.app, t.db, 'OPERATOR');
    await anonymous.client.post('/api/auth/logout');
    expect((await lookup('BA2026120700001', anonymous.client)).statusCode).toBe(401);
  });
});
