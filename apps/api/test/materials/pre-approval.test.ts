// Pre-approval documents (前置审批) belong to organisation filings only: a personal website cannot carry content that
// needs one, so a personal filing is asked for none, and the websites step refuses such a website with the reason.
import type { FilingDetail, MaterialList } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { manualClock } from '../helpers/test-app.ts';
import { completedDraft, upload } from './materials-fixtures.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

/** The filed content type of a website, as the MIIT registry holds it. */
const fileContent = (websiteFilingNo: string, contentType: string) =>
  t.db.simMiitWebsite.update({ where: { websiteFilingNo }, data: { contentType } });

const websitesBody = (filing: FilingDetail) => ({
  version: filing.version,
  websites: filing.websites.map((w) => ({
    websiteFilingNo: w.websiteFilingNo,
    confirmed: true,
    cloudService: w.cloudService,
    principal: { sameAsSubject: true },
  })),
});

describe('pre-approval content and a personal filing', () => {
  it('asks a personal filing for no approval document, refuses its website with such content, and the upload', async () => {
    const { client } = await freshApplicant(t);
    const filing = await completedDraft(t, client, 'pass-personal');
    const site = filing.websites[0]?.websiteFilingNo ?? '';
    const before = (await client.get(`/api/filings/${filing.id}/websites/detected`)).json();
    await fileContent(site, '新闻、博客/个人空间');

    const list = (await client.get(`/api/filings/${filing.id}/materials`)).json() as MaterialList;
    expect(list.items.filter((i) => i.kind === 'PRE_APPROVAL')).toEqual([]);
    const approval = await upload(
      client,
      filing.id,
      { kind: 'PRE_APPROVAL', websiteFilingNo: site, category: 'NEWS' },
      { filename: 'licence.jpg', content: await photo('jpeg') },
    );
    expect(approval.statusCode, approval.body).toBe(400);
    expect(approval.json().code).toBe('MATERIAL_SLOT_INVALID');

    const saved = await client.put(`/api/filings/${filing.id}/websites`, websitesBody(filing));
    expect(saved.statusCode, saved.body).toBe(422);
    expect(saved.headers['content-type']).toContain('application/problem+json');
    expect(saved.json()).toMatchObject({
      code: 'CONTENT_NEEDS_ORGANISATION',
      errors: [{ path: 'websites.0.websiteFilingNo', message: expect.stringContaining('NEWS') }],
    });
    expect(saved.json().detail).toContain(site);
    expect(saved.json().detail).toMatch(/personal/i);
    // Nothing was written.
    expect((await client.get(`/api/filings/${filing.id}`)).json().version).toBe(filing.version);
    expect(before.websites).toHaveLength(1);
  });

  it('still asks an organisation for the approval of its content', async () => {
    const { client } = await freshApplicant(t);
    const filing = await completedDraft(t, client, 'pass-enterprise-three-sites');
    const site = filing.websites[0]?.websiteFilingNo ?? '';
    await fileContent(site, '企业官网、新闻');
    const saved = await client.put(`/api/filings/${filing.id}/websites`, websitesBody(filing));
    expect(saved.statusCode, saved.body).toBe(200);
    const list = (await client.get(`/api/filings/${filing.id}/materials`)).json() as MaterialList;
    expect(list.items.filter((i) => i.kind === 'PRE_APPROVAL').map((i) => [i.websiteFilingNo, i.category])).toEqual([
      [site, 'NEWS'],
    ]);
  });
});
