// POST /api/filings/:id/photo/curtain and the submitPhoto behind every photo method: content rules, versions,
// states, and two submissions at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { expectAnsweredAsMissing } from '../helpers/answered-as-missing.ts';
import { manualClock } from '../helpers/test-app.ts';
import { objectsOf } from '../materials/materials-fixtures.ts';
import { jpegOfAbout, photoApplicant, postPhoto } from './photo-fixtures.ts';

// Monday 10:00 Beijing: the second review is due at the end of Tuesday.
const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
let t: SimulatorTestApp;
let fx: Awaited<ReturnType<typeof photoApplicant>>;
let jpeg: Buffer;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  fx = await photoApplicant(t);
  jpeg = await photo('jpeg');
});
afterAll(() => t.close());

const curtain = (id: string, version: number, content: Buffer, client = fx.applicant) =>
  postPhoto(client, `/api/filings/${id}/photo/curtain`, { version: String(version) }, content);

describe('the curtain photo', () => {
  it('moves the filing to SECOND_REVIEW with the photo, its event and the applicant notices', async () => {
    const filing = await fx.photoPending();
    const res = await curtain(filing.id, filing.version, jpeg);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: filing.id,
      status: 'SECOND_REVIEW',
      version: filing.version + 1,
      secondReviewDueAt: '2026-12-08T16:00:00.000Z',
    });
    const row = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    expect(row).toMatchObject({ status: 'SECOND_REVIEW', slaDueAt: new Date('2026-12-08T16:00:00.000Z') });
    const photos = await t.db.verificationPhoto.findMany({ where: { filingId: filing.id } });
    expect(photos).toHaveLength(1);
    expect(photos[0]).toMatchObject({
      id: res.json().photoId,
      method: 'CURTAIN',
      contentType: 'image/jpeg',
      bytes: jpeg.length,
      takenById: filing.accountId,
      takenByRole: 'APPLICANT',
      takenAt: clock.now(),
    });
    expect(await objectsOf(t, filing.id)).toContain(photos[0]?.objectKey);
    const event = await t.db.filingEvent.findFirstOrThrow({ where: { filingId: filing.id, event: 'submitPhoto' } });
    expect(event).toMatchObject({ fromStatus: 'PHOTO_PENDING', toStatus: 'SECOND_REVIEW', actorRole: 'APPLICANT' });
    expect(event.payload).toMatchObject({ method: 'CURTAIN', photoId: res.json().photoId });
    const notices = await t.db.notification.findMany({ where: { filingId: filing.id, template: 'PHOTO_SUBMITTED' } });
    expect(notices.map((n) => n.channel).sort()).toEqual(['EMAIL', 'IN_APP', 'SMS']);
  });

  it('refuses a PNG by its content, whatever it is called, and keeps nothing', async () => {
    const filing = await fx.photoPending();
    const res = await curtain(filing.id, filing.version, await photo('png'));
    expect(res.statusCode, res.body).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'PHOTO_NOT_JPEG' });
    expect(res.json().detail).toContain('image/png');
    expect(await t.db.verificationPhoto.count({ where: { filingId: filing.id } })).toBe(0);
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).status).toBe('PHOTO_PENDING');
  });

  it('refuses a 2.1 MB JPEG and keeps no object', async () => {
    const filing = await fx.photoPending();
    const big = await jpegOfAbout(2.1 * 1024 * 1024);
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
    const before = await objectsOf(t, filing.id);
    const res = await curtain(filing.id, filing.version, big);
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json()).toMatchObject({ code: 'PHOTO_TOO_LARGE' });
    expect(await objectsOf(t, filing.id)).toEqual(before);
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).status).toBe('PHOTO_PENDING');
  });

  it('takes one of two submissions sent at once: one transition, one photo, the other a 409', async () => {
    const filing = await fx.photoPending();
    const results = await Promise.all([
      curtain(filing.id, filing.version, jpeg),
      curtain(filing.id, filing.version, jpeg),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().code).toMatch(/^(STALE_VERSION|PHOTO_NOT_DUE)$/);
    expect(await t.db.filingEvent.count({ where: { filingId: filing.id, event: 'submitPhoto' } })).toBe(1);
    const photos = await t.db.verificationPhoto.findMany({ where: { filingId: filing.id } });
    expect(photos).toHaveLength(1);
    // The losing upload's object is removed; only the photo's object (and the materials) remain.
    const photoObjects = (await objectsOf(t, filing.id)).filter(
      (key) => !key.endsWith('/') && photos.some((p) => p.objectKey === key),
    );
    expect(photoObjects).toHaveLength(1);
    const materials = await t.db.material.count({ where: { filingId: filing.id } });
    expect(await objectsOf(t, filing.id)).toHaveLength(materials + 1);
  });

  it('refuses a stale version and a filing that does not wait for a photo', async () => {
    const filing = await fx.photoPending();
    const stale = await curtain(filing.id, filing.version - 1, jpeg);
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');

    const draft = await fx.readyDraft();
    const notDue = await curtain(draft.id, draft.version, jpeg);
    expect(notDue.statusCode, notDue.body).toBe(409);
    expect(notDue.json()).toMatchObject({ code: 'PHOTO_NOT_DUE' });
    expect(notDue.json().detail).toContain('DRAFT');
  });

  it("answers another applicant's filing like a missing one", async () => {
    const filing = await fx.photoPending();
    const { client: intruder } = await freshApplicant(t);
    await expectAnsweredAsMissing((id) => curtain(id, filing.version, jpeg, intruder), filing.id);
  });

  it('refuses a request without the version field, and keeps the filing waiting', async () => {
    const filing = await fx.photoPending();
    const missing = await postPhoto(fx.applicant, `/api/filings/${filing.id}/photo/curtain`, {}, jpeg);
    expect(missing.statusCode, missing.body).toBe(400);
    expect(missing.json().errors).toEqual([expect.objectContaining({ path: 'version' })]);
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).status).toBe('PHOTO_PENDING');
  });
});
