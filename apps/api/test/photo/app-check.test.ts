// The Shanghai app check: the console's one-time link, the principal's phone opening it, the certificate ending
// (5 wrong answers end the link) and the photo that moves the filing to the second review through submitPhoto.
import { createHash } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { IDS } from '../../src/seed/simulators/seed-identities.ts';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { expectAnsweredAsMissing } from '../helpers/answered-as-missing.ts';
import { type Client, createClient, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { type PhotoPending, photoApplicant, postPhoto } from './photo-fixtures.ts';

// Monday 10:00 Beijing: the second review is due at the end of Tuesday.
const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
let t: SimulatorTestApp;
let fx: Awaited<ReturnType<typeof photoApplicant>>;
let jpeg: Buffer;
/** Shanghai, a company whose three websites share the subject's principal 赵强 (the fixtures' principal). */
const shanghaiCompany = 'pass-enterprise-three-sites';
/** Guangdong, a person (赵强 again as the principal). */
const guangdongPerson = 'pass-personal';
const ending = IDS.zhaoQiang.certNumber.slice(-6);
const wrongEnding = ending === '000000' ? '111111' : '000000';

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  fx = await photoApplicant(t, [guangdongPerson, shanghaiCompany]);
  jpeg = await photo('jpeg');
});
afterAll(() => t.close());

let phones = 0;
/** A phone that never signed in, from its own address (the public routes' budget is per IP). */
const phone = () => createClient(t.app, { remoteAddress: `10.31.0.${++phones}` });

const makeLink = (id: string, client: Client = fx.applicant) => client.post(`/api/filings/${id}/photo/app-check-link`);

async function linkFor(filing: PhotoPending): Promise<string> {
  const res = await makeLink(filing.id);
  expect(res.statusCode, res.body).toBe(200);
  const token = /#token=(.+)$/.exec(res.json().path)?.[1];
  if (!token) throw new Error(`No token in ${res.json().path}`);
  return token;
}

const open = (token: string, client = phone()) => client.post('/api/app-check/open', { token });
const verify = (token: string, certEnding: string, client = phone()) =>
  client.post('/api/app-check/verify', { token, certEnding });
const sendPhoto = (token: string, certEnding = ending, client = phone(), content = jpeg) =>
  postPhoto(client, '/api/app-check/photo', { token, certEnding }, content);

/** Changes the stored filing the way older data or another province would have it. */
type StoredDraft = { principal: Record<string, unknown> } & Record<string, unknown>;
async function patchFiling(id: string, change: (row: { province: string; subjectDraft: StoredDraft }) => object) {
  const row = await t.db.filing.findUniqueOrThrow({ where: { id } });
  await t.db.filing.update({ where: { id }, data: change(row as never) });
}
const shanghaiPerson = async () => {
  const filing = await fx.photoPending(guangdongPerson);
  await patchFiling(filing.id, () => ({ province: '31' }));
  return filing;
};
const withPassport = (row: { subjectDraft: StoredDraft }) => ({
  subjectDraft: { ...row.subjectDraft, principal: { ...row.subjectDraft.principal, certType: 'PASSPORT' } },
});

function expectProblem(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json().code).toBe(code);
}
const expectInvalid = (res: LightMyRequestResponse) => expectProblem(res, 404, 'APP_CHECK_LINK_INVALID');
const status = async (id: string) => (await t.db.filing.findUniqueOrThrow({ where: { id } })).status;

describe('the app check link (console)', () => {
  it('is a path with the token in its fragment, valid 24 hours; only its SHA-256 is stored', async () => {
    const filing = await fx.photoPending(shanghaiCompany);
    const res = await makeLink(filing.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().path).toMatch(/^\/m\/app-check#token=[A-Za-z0-9_-]{43}$/);
    expect(res.json().expiresAt).toBe(new Date(clock.now().getTime() + 24 * 3_600_000).toISOString());
    const token = res.json().path.split('#token=')[1];
    const rows = await t.db.appCheckLink.findMany({ where: { filingId: filing.id } });
    expect(rows).toEqual([
      expect.objectContaining({
        tokenHash: createHash('sha256').update(token).digest('hex'),
        failures: 0,
        endedAt: null,
        usedAt: null,
      }),
    ]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('is made for a Shanghai person and a Shanghai company with one principal holding a resident ID', async () => {
    for (const filing of [await shanghaiPerson(), await fx.photoPending(shanghaiCompany)]) {
      expect((await makeLink(filing.id)).statusCode).toBe(200);
    }
  });

  it('is refused outside Shanghai and for a principal without a resident ID', async () => {
    const guangdong = await fx.photoPending(guangdongPerson);
    expectProblem(await makeLink(guangdong.id), 409, 'PHOTO_METHOD_NOT_ELIGIBLE');
    const passport = await fx.photoPending(shanghaiCompany);
    await patchFiling(passport.id, withPassport);
    expectProblem(await makeLink(passport.id), 409, 'PHOTO_METHOD_NOT_ELIGIBLE');
    expect(await t.db.appCheckLink.count({ where: { filingId: { in: [guangdong.id, passport.id] } } })).toBe(0);
  });

  it('is refused, with what to do instead, for a principal saved before the ending was kept', async () => {
    const filing = await fx.photoPending(shanghaiCompany);
    await patchFiling(filing.id, (row) => ({
      subjectDraft: { ...row.subjectDraft, principal: { ...row.subjectDraft.principal, certEndingMac: undefined } },
    }));
    const res = await makeLink(filing.id);
    expectProblem(res, 409, 'APP_CHECK_CERT_NOT_KEPT');
    expect(res.json().detail).toContain('photo point');
  });

  it('is refused before the photo is due, and answers another applicant like a missing filing', async () => {
    const draft = await fx.readyDraft(shanghaiCompany);
    expectProblem(await makeLink(draft.id), 409, 'PHOTO_NOT_DUE');
    const filing = await fx.photoPending(shanghaiCompany);
    const { client: intruder } = await freshApplicant(t);
    await expectAnsweredAsMissing((id) => makeLink(id, intruder), filing.id);
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    expectProblem(await makeLink(filing.id, reviewer.client), 403, 'FORBIDDEN');
  });

  it('ends the filing’s previous live link when a new one is made', async () => {
    const filing = await fx.photoPending(shanghaiCompany);
    const first = await linkFor(filing);
    const second = await linkFor(filing);
    expectInvalid(await open(first));
    expect((await open(second)).statusCode).toBe(200);
  });
});

describe('the phone page', () => {
  it('opens with the order number and the masked principal, and needs no sign-in but a CSRF token', async () => {
    const filing = await fx.photoPending(shanghaiCompany);
    const token = await linkFor(filing);
    const res = await open(token);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      orderNo: filing.orderNo,
      principalMasked: '赵*',
      expiresAt: new Date(clock.now().getTime() + 24 * 3_600_000).toISOString(),
      triesLeft: 5,
    });
    const forged = await phone().post('/api/app-check/open', { token }, { headers: { 'x-csrf-token': 'forged' } });
    expectProblem(forged, 403, 'CSRF_INVALID');
  });

  it('takes the photo as the owner: SECOND_REVIEW with method APP_CHECK, and the link is used up', async () => {
    const filing = await fx.photoPending(shanghaiCompany);
    const token = await linkFor(filing);
    const device = phone();
    expect((await verify(token, ending.toLowerCase(), device)).json()).toEqual({ verified: true });
    const res = await sendPhoto(token, ending, device);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ orderNo: filing.orderNo, secondReviewDueAt: '2026-12-08T16:00:00.000Z' });
    expect(await status(filing.id)).toBe('SECOND_REVIEW');
    const photos = await t.db.verificationPhoto.findMany({ where: { filingId: filing.id } });
    expect(photos).toEqual([
      expect.objectContaining({ method: 'APP_CHECK', takenById: filing.accountId, takenByRole: 'APPLICANT' }),
    ]);
    const event = await t.db.filingEvent.findFirstOrThrow({ where: { filingId: filing.id, event: 'submitPhoto' } });
    expect(event).toMatchObject({ actorId: filing.accountId, actorRole: 'APPLICANT', toStatus: 'SECOND_REVIEW' });
    expect(event.payload).toMatchObject({ method: 'APP_CHECK' });
    const link = await t.db.appCheckLink.findFirstOrThrow({ where: { filingId: filing.id } });
    expect(link.usedAt).toEqual(clock.now());

    // Used: the same answer as an unknown token, from the open, the check and the photo alike.
    const unknown = await open('A'.repeat(43));
    expectInvalid(unknown);
    for (const reused of [await open(token), await verify(token, ending), await sendPhoto(token)]) {
      expectInvalid(reused);
      expect(reused.json().detail).toBe(unknown.json().detail);
    }
    expect(await t.db.verificationPhoto.count({ where: { filingId: filing.id } })).toBe(1);
  });

  it('takes the photo of a Shanghai person', async () => {
    const filing = await shanghaiPerson();
    const res = await sendPhoto(await linkFor(filing));
    expect(res.statusCode, res.body).toBe(200);
    expect(await status(filing.id)).toBe('SECOND_REVIEW');
  });

  it('refuses the photo once the filing may no longer use the app check (other province, no resident ID)', async () => {
    const moved = await shanghaiPerson();
    const movedToken = await linkFor(moved);
    await patchFiling(moved.id, () => ({ province: '44' }));
    const passport = await fx.photoPending(shanghaiCompany);
    const passportToken = await linkFor(passport);
    await patchFiling(passport.id, withPassport);
    for (const [filing, token] of [
      [moved, movedToken],
      [passport, passportToken],
    ] as const) {
      expectProblem(await sendPhoto(token), 409, 'PHOTO_METHOD_NOT_ELIGIBLE');
      expect(await status(filing.id)).toBe('PHOTO_PENDING');
    }
  });

  it('refuses a photo without the right ending, and counts it', async () => {
    const filing = await fx.photoPending(shanghaiCompany);
    const token = await linkFor(filing);
    const res = await sendPhoto(token, wrongEnding);
    expectProblem(res, 422, 'APP_CHECK_CERT_WRONG');
    expect(res.json().triesLeft).toBe(4);
    expect(await status(filing.id)).toBe('PHOTO_PENDING');
    expect((await open(token)).json().triesLeft).toBe(4);
  });

  it('answers an expired link like an unknown one', async () => {
    const filing = await fx.photoPending(shanghaiCompany);
    const token = await linkFor(filing);
    const start = clock.now();
    clock.advance(24 * 3_600_000 - 1);
    expect((await open(token)).statusCode).toBe(200);
    clock.advance(1);
    expectInvalid(await open(token));
    expectInvalid(await verify(token, ending));
    expectInvalid(await sendPhoto(token));
    // Back to the day of the other tests, whose sessions last less than a day.
    clock.set(start);
    expect(await status(filing.id)).toBe('PHOTO_PENDING');
  });

  it('acts only on its own filing: another filing’s photo leaves it unusable, and it never reaches another', async () => {
    const mine = await fx.photoPending(shanghaiCompany);
    const other = await fx.photoPending(shanghaiCompany);
    const mineToken = await linkFor(mine);
    const otherToken = await linkFor(other);
    // A link for the other filing does not end this one, and each opens its own order.
    expect((await open(mineToken)).json().orderNo).toBe(mine.orderNo);
    expect((await open(otherToken)).json().orderNo).toBe(other.orderNo);
    // The other filing's photo goes in with its own link; this link still takes only its own filing's photo.
    expect((await sendPhoto(otherToken)).statusCode).toBe(200);
    expectInvalid(await sendPhoto(otherToken));
    // Once this filing's photo came another way (the curtain), its link answers like any unusable one.
    const curtain = await postPhoto(
      fx.applicant,
      `/api/filings/${mine.id}/photo/curtain`,
      { version: String(mine.version) },
      jpeg,
    );
    expect(curtain.statusCode, curtain.body).toBe(200);
    expectInvalid(await open(mineToken));
    expectInvalid(await sendPhoto(mineToken));
    expect(await t.db.verificationPhoto.count({ where: { filingId: mine.id, method: 'APP_CHECK' } })).toBe(0);
  });

  it('ends the link at the 5th wrong ending and answers LOCKED from then on, the right ending too', async () => {
    const filing = await fx.photoPending(shanghaiCompany);
    const token = await linkFor(filing);
    const device = phone();
    for (const left of [4, 3, 2, 1]) {
      const res = await verify(token, wrongEnding, device);
      expectProblem(res, 422, 'APP_CHECK_CERT_WRONG');
      expect(res.json().triesLeft).toBe(left);
    }
    expectProblem(await verify(token, wrongEnding, device), 410, 'APP_CHECK_LINK_LOCKED');
    expectProblem(await verify(token, ending, device), 410, 'APP_CHECK_LINK_LOCKED');
    expectProblem(await open(token), 410, 'APP_CHECK_LINK_LOCKED');
    expectProblem(await sendPhoto(token), 410, 'APP_CHECK_LINK_LOCKED');
    const link = await t.db.appCheckLink.findFirstOrThrow({ where: { filingId: filing.id } });
    expect(link).toMatchObject({ failures: 5, endedAt: clock.now(), usedAt: null });
    expect(await status(filing.id)).toBe('PHOTO_PENDING');
    // A new link works again.
    expect((await sendPhoto(await linkFor(filing))).statusCode).toBe(200);
  });

  it('counts five wrong endings sent at the same moment, every one of them', async () => {
    const filing = await fx.photoPending(shanghaiCompany);
    const token = await linkFor(filing);
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => verify(token, wrongEnding)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([410, 422, 422, 422, 422]);
    const link = await t.db.appCheckLink.findFirstOrThrow({ where: { filingId: filing.id } });
    expect(link.failures).toBe(5);
    expect(link.endedAt).not.toBeNull();
    expectProblem(await verify(token, ending), 410, 'APP_CHECK_LINK_LOCKED');
  });

  it('answers 429 from one address past the phone routes’ budget, and other addresses still get through', async () => {
    const device = phone();
    const answers = [];
    for (let i = 0; i < 31; i += 1) answers.push((await open('B'.repeat(43), device)).statusCode);
    expect(answers.slice(0, 30).every((code) => code === 404)).toBe(true);
    expect(answers[30]).toBe(429);
    expectInvalid(await open('B'.repeat(43)));
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await fx.applicant.get('/api/docs/json')).json();
    expect(doc.paths['/api/app-check/photo']?.post).toBeDefined();
    expect(doc.paths['/api/filings/{id}/photo/app-check-link']?.post).toBeDefined();
  });
});
