// The second review (复审) of the verification photo: its queue and claim-next, the decisions (only the holder of a
// live claim, from the current version; approve → BUREAU_SMS, reject with reasons on the photo → PHOTO_REJECTED →
// a new photo → SECOND_REVIEW again), the photo's description and bytes, and the applicant's step 4 on the way.
import type { PhotoStep, ReviewPhoto, ReviewQueue } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { expectAnsweredAsMissing } from '../helpers/answered-as-missing.ts';
import { type Client, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { submitBody } from '../materials/materials-fixtures.ts';
import { type PhotoPending, photoApplicant, postPhoto } from '../photo/photo-fixtures.ts';

// Monday 10:00 Beijing: a photo sent now is due for its second review at the end of Tuesday.
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

const photoReason = {
  field: 'photo',
  code: 'PHOTO_BACKGROUND_MISSING',
  message: '核验照片中看不到幕布文字或拍照点背景。',
  suggestion: '请站在幕布前，让幕布文字完整出现在头部上方。',
};

/** A filing whose curtain photo is in: SECOND_REVIEW, and the photo's id. */
async function inSecondReview(filing?: PhotoPending) {
  const pending = filing ?? (await fx.photoPending());
  const res = await postPhoto(
    fx.applicant,
    `/api/filings/${pending.id}/photo/curtain`,
    { version: String(pending.version) },
    jpeg,
  );
  expect(res.statusCode, res.body).toBe(200);
  const { version, photoId } = res.json() as { version: number; photoId: string };
  return { ...pending, version, photoId };
}

/** The filing in second review, handed by the admin to a fresh reviewer. */
async function claimed() {
  const filing = await inSecondReview();
  const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
  const assigned = await fx.admin.post(`/api/review/filings/${filing.id}/assign`, { reviewerId: reviewer.account.id });
  expect(assigned.statusCode, assigned.body).toBe(200);
  return { filing, reviewer: reviewer.client, reviewerId: reviewer.account.id };
}

/** Everything a decision writes, to show that a refused one wrote nothing. */
async function written(filingId: string) {
  const [row, events, notices] = await Promise.all([
    t.db.filing.findUniqueOrThrow({ where: { id: filingId } }),
    t.db.filingEvent.count({ where: { filingId } }),
    t.db.notification.count({ where: { filingId } }),
  ]);
  return { status: row.status, version: row.version, claimedById: row.claimedById, events, notices };
}

const photoStep = async (filingId: string, client: Client = fx.applicant) => {
  const res = await client.get(`/api/filings/${filingId}/photo`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PhotoStep;
};

describe('the second-review queue', () => {
  // First in the file: the only filing in second review, so claim-next has exactly one to take.
  it('lists the filing under SECOND (not INITIAL), claims it by claim-next, and counts it on the dashboard', async () => {
    const before = (await fx.reviewer.client.get('/api/review/dashboard')).json().queues.second as number;
    const filing = await inSecondReview();
    const queue = (stage: string) => fx.reviewer.client.get(`/api/review/queue?stage=${stage}`);
    const second = (await queue('SECOND')).json() as ReviewQueue;
    expect(second.items).toEqual([
      expect.objectContaining({
        id: filing.id,
        status: 'SECOND_REVIEW',
        slaDueAt: '2026-12-08T16:00:00.000Z',
        claimedBy: null,
      }),
    ]);
    expect(((await queue('INITIAL')).json() as ReviewQueue).items.map((i) => i.id)).not.toContain(filing.id);
    expect((await fx.reviewer.client.get('/api/review/dashboard')).json().queues.second).toBe(before + 1);

    const claim = await fx.reviewer.client.post('/api/review/claim-next', { stage: 'SECOND' });
    expect(claim.statusCode, claim.body).toBe(200);
    expect(claim.json().filing).toMatchObject({ id: filing.id, claimedBy: { id: fx.reviewer.account.id } });
    // Nothing else waits in the second review, and the claimed one is not offered again.
    const again = await fx.reviewer.client.post('/api/review/claim-next', { stage: 'SECOND' });
    expect(again.json()).toEqual({ filing: null });

    const approved = await fx.reviewer.client.post(`/api/review/filings/${filing.id}/approve`, {
      version: filing.version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
  });
});

describe('second-review decisions', () => {
  it('approves: BUREAU_SMS, an approve event, the claim released, SECOND_APPROVED on every channel', async () => {
    const { filing, reviewer, reviewerId } = await claimed();
    const res = await reviewer.post(`/api/review/filings/${filing.id}/approve`, { version: filing.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      id: filing.id,
      orderNo: filing.orderNo,
      status: 'BUREAU_SMS',
      version: filing.version + 1,
    });
    const row = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    expect(row).toMatchObject({ status: 'BUREAU_SMS', claimedById: null, claimExpiresAt: null });
    const event = await t.db.filingEvent.findFirstOrThrow({
      where: { filingId: filing.id, event: 'approve', fromStatus: 'SECOND_REVIEW' },
    });
    expect(event).toMatchObject({
      toStatus: 'BUREAU_SMS',
      actorId: reviewerId,
      actorRole: 'REVIEWER',
      at: clock.now(),
    });
    const notices = await t.db.notification.findMany({ where: { filingId: filing.id, template: 'SECOND_APPROVED' } });
    expect(notices.map((n) => n.channel).sort()).toEqual(['EMAIL', 'IN_APP', 'SMS']);
    expect(notices[0]?.params).toEqual({ orderNo: filing.orderNo });

    // Past the second review the applicant's step 4 shows the approved photo and no due time.
    const step = await photoStep(filing.id);
    expect(step).toMatchObject({ status: 'BUREAU_SMS', secondReviewDueAt: null, rejection: null });
    expect(step.photo).toMatchObject({ id: filing.photoId, method: 'CURTAIN' });
  });

  it('rejects with reasons on the photo → PHOTO_REJECTED; a new photo takes it back to SECOND_REVIEW', async () => {
    const { filing, reviewer } = await claimed();
    const reasons = [photoReason, { field: 'photo', code: 'PHOTO_BLURRED', message: '核验照片模糊。' }];
    const res = await reviewer.post(`/api/review/filings/${filing.id}/reject`, { version: filing.version, reasons });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'PHOTO_REJECTED', version: filing.version + 1 });
    const event = await t.db.filingEvent.findFirstOrThrow({
      where: { filingId: filing.id, event: 'reject', fromStatus: 'SECOND_REVIEW' },
    });
    expect(event).toMatchObject({ toStatus: 'PHOTO_REJECTED', payload: { version: filing.version, reasons } });
    const notices = await t.db.notification.findMany({ where: { filingId: filing.id, template: 'SECOND_REJECTED' } });
    expect(notices.map((n) => n.channel).sort()).toEqual(['EMAIL', 'IN_APP', 'SMS']);
    expect(notices[0]?.params).toEqual({
      orderNo: filing.orderNo,
      reasons: '核验照片中看不到幕布文字或拍照点背景和核验照片模糊。',
      // The catalogue's reason in English; the reviewer's own words (not the catalogue's) as written.
      reasonsEn:
        'The curtain wording or the photo point backdrop is not visible in the verification photo. 核验照片模糊.',
    });
    const row = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    expect(row.claimedById).toBeNull();

    // The words the applicant receives by SMS and email name the reasons.
    await t.app.backgroundJobs.dispatchNotifications();
    const text = await t.db.simSmsMessage.findFirstOrThrow({
      where: { template: 'SECOND_REJECTED', body: { contains: filing.orderNo } },
    });
    expect(text.body).toBe(
      `【本云备案】您的备案订单 ${filing.orderNo} 核验照片未通过：` +
        '核验照片中看不到幕布文字或拍照点背景和核验照片模糊。请登录控制台重新拍照。',
    );
    const mail = await t.db.simMailMessage.findFirstOrThrow({
      where: { subject: `备案订单 ${filing.orderNo} 核验照片未通过` },
    });
    expect(mail.body).toContain('核验照片中看不到幕布文字或拍照点背景和核验照片模糊。');

    const rejected = await photoStep(filing.id);
    expect(rejected).toMatchObject({
      status: 'PHOTO_REJECTED',
      secondReviewDueAt: null,
      rejection: { at: clock.now().toISOString(), reasons },
    });
    expect(rejected.photo?.id).toBe(filing.photoId);
    // "My filings" words the next step as a retake.
    const detail = (await fx.applicant.get(`/api/filings/${filing.id}`)).json();
    expect(detail).toMatchObject({ status: 'PHOTO_REJECTED', nextAction: 'RETAKE_PHOTO' });

    // The retake: the same curtain route, from the version the rejection left.
    clock.advance(60 * 60_000);
    const retaken = await inSecondReview({ ...filing, version: rejected.version });
    expect(retaken.photoId).not.toBe(filing.photoId);
    const step = await photoStep(filing.id);
    expect(step).toMatchObject({
      status: 'SECOND_REVIEW',
      rejection: null,
      secondReviewDueAt: '2026-12-08T16:00:00.000Z',
      photo: { id: retaken.photoId, method: 'CURTAIN', takenAt: clock.now().toISOString() },
    });
    const queue = (await fx.reviewer.client.get('/api/review/queue?stage=SECOND')).json() as ReviewQueue;
    expect(queue.items.map((i) => i.id)).toContain(filing.id);
  });

  it('refuses a rejection without a reason, or with a reason not on the photo, and writes nothing', async () => {
    const { filing, reviewer } = await claimed();
    const url = `/api/review/filings/${filing.id}/reject`;
    const before = await written(filing.id);
    expect((await reviewer.post(url, { version: filing.version, reasons: [] })).statusCode).toBe(400);
    expect((await reviewer.post(url, { version: filing.version })).statusCode).toBe(400);
    const elsewhere = await reviewer.post(url, {
      version: filing.version,
      reasons: [photoReason, { ...photoReason, field: 'subject.mailingAddress' }],
    });
    expect(elsewhere.statusCode, elsewhere.body).toBe(400);
    expect(elsewhere.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ path: 'reasons.1.field' })],
    });
    expect(await written(filing.id)).toEqual(before);
  });

  it('refuses a stale version (STALE_VERSION) and a reviewer without the claim (LEASE_NOT_HELD), writing nothing', async () => {
    const { filing, reviewer } = await claimed();
    const before = await written(filing.id);
    const decide = (client: Client, kind: 'approve' | 'reject', version = filing.version) =>
      client.post(`/api/review/filings/${filing.id}/${kind}`, {
        version,
        ...(kind === 'reject' ? { reasons: [photoReason] } : {}),
      });

    for (const kind of ['approve', 'reject'] as const) {
      const stale = await decide(reviewer, kind, filing.version - 1);
      expect(stale.statusCode, stale.body).toBe(409);
      expect(stale.json().code).toBe('STALE_VERSION');

      const other = await signedInClient(t.app, t.db, 'REVIEWER');
      const unclaimed = await decide(other.client, kind);
      expect(unclaimed.statusCode, unclaimed.body).toBe(409);
      expect(unclaimed.json().code).toBe('LEASE_NOT_HELD');
    }
    // A lapsed claim decides nothing either.
    clock.advance(31 * 60_000);
    const lapsed = await decide(reviewer, 'approve');
    expect(lapsed.statusCode).toBe(409);
    expect(lapsed.json().code).toBe('LEASE_NOT_HELD');
    expect(await decide(fx.applicant, 'approve').then((r) => r.statusCode)).toBe(403);
    expect(await written(filing.id)).toEqual(before);
  });

  it('keeps the initial review to information and materials: a reason on the photo is refused there', async () => {
    const draft = await fx.readyDraft();
    const submitted = await fx.applicant.post(`/api/filings/${draft.id}/submit`, submitBody(draft.version));
    expect(submitted.statusCode, submitted.body).toBe(200);
    const row = await t.db.filing.findUniqueOrThrow({ where: { id: draft.id } });
    await fx.admin.post(`/api/review/filings/${row.id}/assign`, { reviewerId: fx.reviewer.account.id });
    const res = await fx.reviewer.client.post(`/api/review/filings/${row.id}/reject`, {
      version: row.version,
      reasons: [photoReason],
    });
    expect(res.statusCode, res.body).toBe(400);
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('INITIAL_REVIEW');
  });
});

describe('the verification photo for reviewers and the owner', () => {
  it('describes the photo to staff and serves its bytes to the claimed reviewer, an admin and the owner only', async () => {
    const { filing, reviewer } = await claimed();
    const described = await reviewer.get(`/api/review/filings/${filing.id}/photo`);
    expect(described.statusCode, described.body).toBe(200);
    expect(described.json()).toEqual({
      photo: {
        id: filing.photoId,
        method: 'CURTAIN',
        takenAt: clock.now().toISOString(),
        photoPoint: null,
        operatorName: null,
        contentUrl: `/api/photos/${filing.photoId}/content`,
      },
    } satisfies ReviewPhoto);

    const url = `/api/photos/${filing.photoId}/content`;
    for (const client of [reviewer, fx.admin, fx.applicant]) {
      const res = await client.get(url);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(jpeg)).toBe(true);
      expect(res.headers).toMatchObject({
        'content-type': 'image/jpeg',
        'content-security-policy': 'sandbox',
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      });
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="verification-photo-curtain\.jpg"$/);
    }

    const stranger = (await signedInClient(t.app, t.db, 'APPLICANT')).client;
    await expectAnsweredAsMissing((id) => stranger.get(`/api/photos/${id}/content`), filing.photoId);
    const operator = await signedInClient(t.app, t.db, 'OPERATOR');
    expect((await operator.client.get(url)).statusCode).toBe(403);
  });

  it('names the photo point, its city and the operator of a photo taken at a point', async () => {
    const filing = await fx.photoPending();
    const operator = await signedInClient(t.app, t.db, 'OPERATOR');
    const point = await t.db.photoPoint.create({
      data: {
        province: '44',
        city: '广州市',
        name: '天河拍照点',
        address: '广州市天河区示例路 1 号',
        hours: '周一至周五 09:00-17:30',
        phone: '020-12345678',
        createdAt: clock.now(),
        updatedAt: clock.now(),
      },
    });
    // The row as submitPhoto writes it for an operator; the point's own route is another part of the photo stage.
    const photoId = '5d2e1f0a-0000-4000-8000-0000000000cc';
    await t.db.verificationPhoto.create({
      data: {
        id: photoId,
        filingId: filing.id,
        method: 'PHOTO_POINT',
        contentType: 'image/jpeg',
        bytes: jpeg.length,
        sha256: 'c'.repeat(64),
        objectKey: `materials/${filing.id}/${photoId}`,
        takenAt: clock.now(),
        takenById: operator.account.id,
        takenByRole: 'OPERATOR',
        photoPointId: point.id,
        idCheckedInPerson: true,
      },
    });
    await t.db.filing.update({ where: { id: filing.id }, data: { status: 'SECOND_REVIEW' } });
    const res = await fx.reviewer.client.get(`/api/review/filings/${filing.id}/photo`);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as ReviewPhoto).photo).toMatchObject({
      id: photoId,
      method: 'PHOTO_POINT',
      photoPoint: { name: '天河拍照点', city: '广州市', province: '44' },
      operatorName: operator.account.displayName,
    });
  });

  it('keeps a filing staff may not view answered as missing in the review photo route', async () => {
    const draft = await fx.readyDraft();
    await expectAnsweredAsMissing((id) => fx.reviewer.client.get(`/api/review/filings/${id}/photo`), draft.id);
  });
});
