// GET /api/filings/:id/filed: the completed filing as the MIIT registry lists it (subject and the filing's own
// websites, this provider among the access providers), 409 before completion, 404 for another applicant.
import type { FiledView, FilingProgress } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUR_ACCESS_PROVIDER } from '../../src/adapters/miit/miit.port.ts';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { expectAnsweredAsMissing } from '../helpers/answered-as-missing.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { type PhotoPending, photoApplicant, postPhoto } from '../photo/photo-fixtures.ts';
import { createSimulatorTestApp, type SimulatorTestApp } from './filing-fixtures.ts';

const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
let t: SimulatorTestApp;
let fx: Awaited<ReturnType<typeof photoApplicant>>;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  fx = await photoApplicant(t);
});
afterAll(() => t.close());

/** A filing taken through the photo and the second review by the API: it waits for the MIIT SMS check. */
async function atBureauSms(): Promise<PhotoPending> {
  const pending = await fx.photoPending();
  const url = `/api/filings/${pending.id}/photo/curtain`;
  const sent = await postPhoto(fx.applicant, url, { version: String(pending.version) }, await photo('jpeg'));
  expect(sent.statusCode, sent.body).toBe(200);
  await fx.admin.post(`/api/review/filings/${pending.id}/assign`, { reviewerId: fx.reviewer.account.id });
  const approved = await fx.reviewer.client.post(`/api/review/filings/${pending.id}/approve`, {
    version: sent.json().version,
  });
  expect(approved.statusCode, approved.body).toBe(200);
  return { ...pending, version: approved.json().version };
}

/**
 * The bureau's side (the submission and decision jobs) is built elsewhere, so the test completes the filing itself:
 * the two system events and the status written straight to the database, and this provider added to the filing's
 * websites in the registry simulator, as the bureau simulator's approval does.
 */
async function complete(filing: PhotoPending, completedAt: Date) {
  const row = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
  const smsAt = new Date(completedAt.getTime() - 86_400_000);
  await t.db.filingEvent.createMany({
    data: [
      {
        filingId: row.id,
        event: 'smsConfirmed',
        fromStatus: 'BUREAU_SMS',
        toStatus: 'BUREAU_REVIEW',
        actorRole: 'SYSTEM',
        at: smsAt,
      },
      {
        filingId: row.id,
        event: 'bureauApprove',
        fromStatus: 'BUREAU_REVIEW',
        toStatus: 'COMPLETED',
        actorRole: 'SYSTEM',
        at: completedAt,
      },
    ],
  });
  await t.db.filing.update({
    where: { id: row.id },
    data: { status: 'COMPLETED', version: row.version + 2, slaDueAt: null, updatedAt: completedAt },
  });
  const numbers = (row.websites as { websiteFilingNo: string }[]).map((w) => w.websiteFilingNo);
  const websites = await t.db.simMiitWebsite.findMany({ where: { websiteFilingNo: { in: numbers } } });
  for (const w of websites) {
    await t.db.simMiitWebsite.update({
      where: { id: w.id },
      data: { accessProviders: [...w.accessProviders.filter((p) => p !== OUR_ACCESS_PROVIDER), OUR_ACCESS_PROVIDER] },
    });
  }
  return row;
}

describe('GET /api/filings/:id/filed', () => {
  it('is refused with FILING_NOT_COMPLETED before the bureau approved', async () => {
    const filing = await atBureauSms();
    const res = await fx.applicant.get(`/api/filings/${filing.id}/filed`);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe('FILING_NOT_COMPLETED');
  });

  it("shows the registry's subject and the filing's websites with this provider, once completed", async () => {
    const filing = await atBureauSms();
    const completedAt = new Date(clock.now().getTime() + 3 * 86_400_000);
    const row = await complete(filing, completedAt);
    const subject = await t.adapters.miit.findSubjectByFilingNo(row.subjectFilingNo ?? '');
    if (!subject) throw new Error('the demo subject is in the registry');
    const stored = row.websites as { websiteFilingNo: string }[];

    const res = await fx.applicant.get(`/api/filings/${filing.id}/filed`);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as FiledView;
    expect(view.completedAt).toBe(completedAt.toISOString());
    expect(view.provider).toBe(OUR_ACCESS_PROVIDER);
    expect(view.subject).toEqual({
      subjectFilingNo: row.subjectFilingNo,
      name: subject.name,
      principalName: (row.subjectDraft as { principal: { name: string } }).principal.name,
    });
    expect(view.websites.map((w) => w.websiteFilingNo)).toEqual(stored.map((w) => w.websiteFilingNo));
    for (const website of view.websites) {
      const listed = subject.websites.find((w) => w.websiteFilingNo === website.websiteFilingNo);
      expect(website).toEqual({
        websiteFilingNo: listed?.websiteFilingNo,
        name: listed?.name,
        domains: listed?.domains,
        homepageUrl: listed?.homepageUrl,
        accessProviders: listed?.accessProviders,
        accessedHere: true,
      });
      expect(website.accessProviders).toContain(OUR_ACCESS_PROVIDER);
    }

    const progress = (await fx.applicant.get(`/api/filings/${filing.id}/progress`)).json() as FilingProgress;
    expect(progress.stages.map((s) => s.state)).toEqual(Array(7).fill('DONE'));
    expect(progress.nextAction).toBe('VIEW_FILED');
  });

  it('leaves out websites of the subject the filing did not include, and says when a website is not accessed here', async () => {
    const filing = await atBureauSms();
    const row = await complete(filing, clock.now());
    const stored = row.websites as { websiteFilingNo: string }[];
    const first = stored[0];
    if (!first) throw new Error('the demo filing has a website');
    const site = await t.db.simMiitWebsite.findUniqueOrThrow({ where: { websiteFilingNo: first.websiteFilingNo } });
    // The subject has another filed website, hosted elsewhere and not part of this filing.
    await t.db.simMiitWebsite.create({
      data: {
        websiteFilingNo: `${row.subjectFilingNo}-99`,
        subjectId: site.subjectId,
        name: '另一个网站',
        homepageUrl: 'https://another-site.cn',
        contentType: '博客',
        accessProviders: ['阿里云'],
      },
    });
    const subject = await t.adapters.miit.findSubjectByFilingNo(row.subjectFilingNo ?? '');
    if (!subject) throw new Error('the demo subject is in the registry');
    // The registry later drops this provider from the filing's website (e.g. the applicant moved away).
    await t.db.simMiitWebsite.update({
      where: { id: site.id },
      data: { accessProviders: site.accessProviders.filter((p) => p !== OUR_ACCESS_PROVIDER) },
    });

    const view = (await fx.applicant.get(`/api/filings/${filing.id}/filed`)).json() as FiledView;
    const numbers = new Set(stored.map((w) => w.websiteFilingNo));
    expect(view.websites.every((w) => numbers.has(w.websiteFilingNo))).toBe(true);
    expect(subject.websites.length).toBeGreaterThan(view.websites.length);
    expect(view.websites.find((w) => w.websiteFilingNo === first.websiteFilingNo)).toMatchObject({
      accessedHere: false,
    });
  });

  it("answers another applicant's filing as missing", async () => {
    const filing = await atBureauSms();
    await complete(filing, clock.now());
    const other = await signedInClient(t.app, t.db, 'APPLICANT');
    await expectAnsweredAsMissing((id) => other.client.get(`/api/filings/${id}/filed`), filing.id);
  });
});
