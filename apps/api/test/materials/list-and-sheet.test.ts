// The materials list (from the filing's nature, province and websites, with the registry's content types) and the
// pre-filled verification sheet.
import type { MaterialList } from '@beian/contracts';
import { GUANGDONG_PLEDGE_TEXT, MATERIAL_KIND_SPECS } from '@beian/domain';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { readPdfText } from '../helpers/pdf-text.ts';
import { manualClock } from '../helpers/test-app.ts';
import { completedDraft, objectsOf, upload } from './materials-fixtures.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

const slots = (list: MaterialList) =>
  list.items.map((i) => [i.kind, i.websiteFilingNo, i.category, i.required].filter((v) => v !== null).join(' '));

describe('GET /api/filings/:id/materials', () => {
  it('asks a Guangdong person for the ID, the sheet with the pledge, and the hand-held photo', async () => {
    const { client } = await freshApplicant(t);
    const filing = await completedDraft(t, client, 'pass-personal');
    const list = (await client.get(`/api/filings/${filing.id}/materials`)).json() as MaterialList;
    expect(slots(list)).toEqual([
      'SUBJECT_PRINCIPAL_ID_FRONT true',
      'SUBJECT_PRINCIPAL_ID_BACK true',
      'SUBJECT_PRINCIPAL_ID_COMBINED false',
      'VERIFICATION_SHEET true',
      'HANDHELD_CERT_PHOTO true',
    ]);
    expect(list.missing).toBe(4);
    const sheet = list.items.find((i) => i.kind === 'VERIFICATION_SHEET');
    expect(sheet).toMatchObject({
      pledgeText: GUANGDONG_PLEDGE_TEXT,
      accepts: ['image/jpeg', 'image/png', 'application/pdf'],
      maxBytes: MATERIAL_KIND_SPECS.VERIFICATION_SHEET.maxBytes,
      provided: false,
      material: null,
    });
    expect(sheet?.instructions).toContain('SHEET_HANDWRITTEN_PLEDGE');

    // One combined image provides both sides.
    const combined = (
      await upload(
        client,
        filing.id,
        { kind: 'SUBJECT_PRINCIPAL_ID_COMBINED' },
        { filename: 'id.jpg', content: await photo('jpeg') },
      )
    ).json();
    const after = (await client.get(`/api/filings/${filing.id}/materials`)).json() as MaterialList;
    expect(after.missing).toBe(2);
    expect(after.items.filter((i) => i.kind.startsWith('SUBJECT_PRINCIPAL_ID')).map((i) => i.provided)).toEqual([
      true,
      true,
      true,
    ]);
    expect(after.items.find((i) => i.kind === 'SUBJECT_PRINCIPAL_ID_COMBINED')?.material?.id).toBe(combined.id);
  });

  it('asks an education institution for its certificate and the approval of its education content', async () => {
    const { client } = await freshApplicant(t);
    const filing = await completedDraft(t, client, 'pass-institution');
    const list = (await client.get(`/api/filings/${filing.id}/materials`)).json() as MaterialList;
    const site = filing.websites[0]?.websiteFilingNo;
    expect(slots(list)).toContain('SUBJECT_CERT_FRONT true');
    expect(slots(list)).toContain(`PRE_APPROVAL ${site} EDUCATION true`);
    const approval = list.items.find((i) => i.kind === 'PRE_APPROVAL');
    expect(approval?.maxBytes).toBe(20 * 1024 * 1024);
    const res = await upload(
      client,
      filing.id,
      { kind: 'PRE_APPROVAL', websiteFilingNo: site ?? '', category: 'EDUCATION' },
      { filename: 'licence.png', content: await photo('png') },
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ websiteFilingNo: site, category: 'EDUCATION', contentType: 'image/png' });
  });

  it('asks for a website principal of its own its ID and hand-held photo', async () => {
    const { client } = await freshApplicant(t);
    const filing = await completedDraft(t, client, 'pass-enterprise-three-sites');
    const [first, second, third] = filing.websites.map((w) => w.websiteFilingNo);
    const entries = filing.websites.map((w) => ({
      websiteFilingNo: w.websiteFilingNo,
      confirmed: true,
      cloudService: w.cloudService,
      principal:
        w.websiteFilingNo === second
          ? {
              sameAsSubject: false,
              name: '钱多多',
              certType: 'RESIDENT_ID',
              certNumber: '11010519491231002X',
              mobile: '13912345678',
              email: 'qian@example.cn',
              emergencyPhone: '021-12345678',
            }
          : { sameAsSubject: true },
    }));
    const saved = await client.put(`/api/filings/${filing.id}/websites`, {
      version: filing.version,
      websites: entries,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const list = (await client.get(`/api/filings/${filing.id}/materials`)).json() as MaterialList;
    expect(slots(list)).toEqual(
      expect.arrayContaining([
        `WEBSITE_PRINCIPAL_ID_FRONT ${second} true`,
        `HANDHELD_CERT_PHOTO ${second} true`,
        'HANDHELD_CERT_PHOTO true',
      ]),
    );
    expect(slots(list).some((s) => s.includes(String(first)) || s.includes(String(third)))).toBe(false);
  });
});

describe('GET /api/filings/:id/verification-sheet.pdf', () => {
  it('returns the pre-filled sheet as a PDF download carrying the order number', async () => {
    const { client } = await freshApplicant(t);
    // Jiangxi: a fingerprint beside the signature.
    const filing = await completedDraft(t, client, 'pass-jiangxi');
    const res = await client.get(`/api/filings/${filing.id}/verification-sheet.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="verification-sheet-${filing.orderNo}.pdf"`);
    const bytes = new Uint8Array(res.rawPayload);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThanOrEqual(1);
    const text = await readPdfText(bytes);
    const all = text.pages.join('\n');
    for (const page of text.pages) expect(page).toContain(filing.orderNo);
    expect(all).toContain('刘建华'); // the subject, as the registry holds it
    expect(all).toContain('指印');
    expect(all).toContain(filing.subject.principal.name ?? '');
    expect(all).toContain(filing.websites[0]?.websiteFilingNo ?? '');
    // Certificate numbers only masked.
    expect(all).not.toMatch(/\d{17}[\dX]/);
  });

  it('refuses the sheet as downloaded, unsigned, where the signed sheet goes, and says to upload a scan or photo', async () => {
    const { client } = await freshApplicant(t);
    const filing = await completedDraft(t, client, 'pass-xinjiang');
    const sheet = (await client.get(`/api/filings/${filing.id}/verification-sheet.pdf`)).rawPayload;
    // As downloaded, and as a PDF tool saves it again (its document id goes along).
    const resaved = Buffer.from(await (await PDFDocument.load(sheet)).save({ useObjectStreams: false }));
    for (const content of [sheet, resaved]) {
      const res = await upload(client, filing.id, { kind: 'VERIFICATION_SHEET' }, { filename: 'signed.pdf', content });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('MATERIAL_SHEET_UNSIGNED');
      expect(res.json().detail).toContain('upload a scan or photo of the signed sheet');
    }
    expect(await t.db.material.count({ where: { filingId: filing.id } })).toBe(0);
    expect(await objectsOf(t, filing.id)).toEqual([]);

    // A scan of the signed sheet (a PDF of its own, or a photo) is taken.
    const scan = await upload(
      client,
      filing.id,
      { kind: 'VERIFICATION_SHEET' },
      { filename: 'scan.jpg', content: await photo('jpeg') },
    );
    expect(scan.statusCode, scan.body).toBe(201);
  });
});
