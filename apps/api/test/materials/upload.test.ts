// Uploading materials: every accepted type into its slot, content refused by what the bytes are (whatever the name
// says), size and pixel limits, and no row and no object left behind by a refusal; replacing and deleting uploads.

import type { MaterialItem, MaterialList } from '@beian/contracts';
import { MATERIAL_KIND_SPECS, type MaterialKind } from '@beian/domain';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  heicHeader,
  html,
  jpegDeclaring,
  pdf,
  photo,
  pngDeclaring,
  svg,
} from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import type { Client } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { completedDraft, copyOf, objectsOf, upload } from './materials-fixtures.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;
let client: Client;
let accountId: string;
let template: { id: string };
/** An ID photo: images only, 5 MB. */
const kind: MaterialKind = 'SUBJECT_PRINCIPAL_ID_FRONT';

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  ({
    client,
    account: { id: accountId },
  } = await freshApplicant(t));
  template = await completedDraft(t, client, 'pass-personal');
});
afterAll(() => t.close());

const fieldsOf = (item: Pick<MaterialItem, 'kind' | 'websiteFilingNo' | 'category'>) => ({
  kind: item.kind,
  ...(item.websiteFilingNo ? { websiteFilingNo: item.websiteFilingNo } : {}),
  ...(item.category ? { category: item.category } : {}),
});

async function freshFiling() {
  return (await copyOf(t, template, accountId)).id;
}

describe('POST /api/filings/:id/materials', () => {
  it('stores every type each listed kind accepts, decided from the bytes', async () => {
    const id = await freshFiling();
    const { items } = (await client.get(`/api/filings/${id}/materials`)).json() as MaterialList;
    const files = {
      'image/jpeg': await photo('jpeg'),
      'image/png': await photo('png'),
      'application/pdf': await pdf(),
    };
    for (const item of items) {
      for (const type of item.accepts) {
        const res = await upload(client, id, fieldsOf(item), { filename: 'scan.bin', content: files[type] });
        expect(res.statusCode, `${item.kind} as ${type}: ${res.body}`).toBe(201);
        expect(res.json()).toMatchObject({ kind: item.kind, contentType: type, bytes: files[type].length });
      }
    }
    // One row per slot: each later upload replaced the one before, and its object went with it.
    const rows = await t.db.material.findMany({ where: { filingId: id } });
    expect(rows).toHaveLength(items.length);
    expect((await objectsOf(t, id)).sort()).toEqual(rows.map((r) => r.objectKey).sort());
  });

  it('stores a PNG named .jpg as image/png where PNG is accepted, and refuses it where only JPEG is', async () => {
    const id = await freshFiling();
    const { items } = (await client.get(`/api/filings/${id}/materials`)).json() as MaterialList;
    const png = await photo('png');
    for (const item of items) {
      const res = await upload(client, id, fieldsOf(item), {
        filename: 'photo.jpg',
        content: png,
        contentType: 'image/jpeg',
      });
      if (MATERIAL_KIND_SPECS[item.kind].accepts.includes('image/png')) {
        expect(res.statusCode).toBe(201);
        expect(res.json().contentType).toBe('image/png');
      } else {
        expect(res.json().code).toBe('MATERIAL_TYPE_NOT_ALLOWED');
      }
    }
    // JPEG-only kinds (the curtain photo) are not on this list; an image-only kind refuses a PDF the same way.
    const idCard = await upload(
      client,
      id,
      { kind: 'SUBJECT_PRINCIPAL_ID_FRONT' },
      { filename: 'id.jpg', content: await pdf() },
    );
    expect(idCard.statusCode).toBe(415);
    expect(idCard.json()).toMatchObject({ code: 'MATERIAL_TYPE_NOT_ALLOWED' });
    expect(idCard.json().detail).toContain('application/pdf');
  });

  const refusals: [string, () => Promise<Buffer>, number, string][] = [
    ['an HTML page named .jpg', async () => html, 415, 'MATERIAL_TYPE_NOT_ALLOWED'],
    ['an SVG image named .jpg', async () => svg, 415, 'MATERIAL_TYPE_NOT_ALLOWED'],
    ['a HEIC photo', async () => heicHeader(), 415, 'MATERIAL_HEIC_NOT_SUPPORTED'],
    [
      'a truncated JPEG',
      async () => (await photo('jpeg', 1200, 900)).subarray(0, 40_000),
      422,
      'MATERIAL_IMAGE_CORRUPT',
    ],
    [
      'a 6 MB file',
      async () => Buffer.concat([await photo('jpeg'), Buffer.alloc(6 * 1024 * 1024, 7)]),
      413,
      'MATERIAL_TOO_LARGE',
    ],
    ['a 20000 × 20000 PNG', async () => pngDeclaring(20_000, 20_000), 422, 'MATERIAL_IMAGE_TOO_LARGE'],
    ['a 20000 × 20000 JPEG', async () => jpegDeclaring(20_000, 20_000), 422, 'MATERIAL_IMAGE_TOO_LARGE'],
    ['an empty file', async () => Buffer.alloc(0), 400, 'MATERIAL_EMPTY'],
  ];

  it.each(refusals)('refuses %s with %i %s, leaving no row and no object', async (_, make, status, code) => {
    const id = await freshFiling();
    const res = await upload(
      client,
      id,
      { kind },
      { filename: 'photo.jpg', content: await make(), contentType: 'image/jpeg' },
    );
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe(code);
    expect(await t.db.material.count({ where: { filingId: id } })).toBe(0);
    expect(await objectsOf(t, id)).toEqual([]);
  });

  it('tells how to export a HEIC photo as JPEG', async () => {
    const id = await freshFiling();
    const res = await upload(client, id, { kind }, { filename: 'IMG_0001.HEIC', content: heicHeader() });
    expect(res.json().detail).toMatch(/JPEG/);
    expect(res.json().detail).toMatch(/Most Compatible/);
  });

  it("refuses a slot that is not on the filing's list, and a kind it does not know", async () => {
    const id = await freshFiling();
    const jpeg = await photo('jpeg');
    // A personal subject uploads no organisation certificate.
    const notListed = await upload(client, id, { kind: 'SUBJECT_CERT_FRONT' }, { filename: 'a.jpg', content: jpeg });
    expect(notListed.statusCode).toBe(400);
    expect(notListed.json().code).toBe('MATERIAL_SLOT_INVALID');
    const wrongSite = await upload(
      client,
      id,
      { kind: 'HANDHELD_CERT_PHOTO', websiteFilingNo: '粤ICP备00000000号-9' },
      { filename: 'a.jpg', content: jpeg },
    );
    expect(wrongSite.json().code).toBe('MATERIAL_SLOT_INVALID');
    const unknown = await upload(client, id, { kind: 'SELFIE' }, { filename: 'a.jpg', content: jpeg });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ path: 'kind' })],
    });
    const noFile = await upload(client, id, { kind });
    expect(noFile.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'file', message: expect.any(String) }],
    });
    const json = await client.post(`/api/filings/${id}/materials`, { kind });
    expect(json.statusCode).toBe(415);
    expect(await t.db.material.count({ where: { filingId: id } })).toBe(0);
  });

  it('keeps one upload per slot: a second upload replaces the first, row and object', async () => {
    const id = await freshFiling();
    const first = (await upload(client, id, { kind }, { filename: 'a.jpg', content: await photo('jpeg') })).json();
    const second = (await upload(client, id, { kind }, { filename: 'b.png', content: await photo('png') })).json();
    expect(second.id).not.toBe(first.id);
    const rows = await t.db.material.findMany({ where: { filingId: id } });
    expect(rows.map((r) => r.id)).toEqual([second.id]);
    expect(await objectsOf(t, id)).toEqual([rows[0]?.objectKey]);
    const list = (await client.get(`/api/filings/${id}/materials`)).json() as MaterialList;
    expect(list.items.find((i) => i.kind === kind)?.material).toEqual(second);
  });
});

describe('an image of an ID or certificate too small to read', () => {
  it('refuses a photo under 600 pixels on its short side, by its decoded size, whatever its name says', async () => {
    const id = await freshFiling();
    const res = await upload(
      client,
      id,
      { kind },
      { filename: 'IMG_4000x3000.jpg', content: await photo('jpeg', 800, 599) },
    );
    expect(res.statusCode, res.body).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'MATERIAL_IMAGE_TOO_SMALL' });
    expect(res.json().detail).toContain('800 × 599');
    expect(res.json().detail).toContain('600');
    expect(await t.db.material.count({ where: { filingId: id } })).toBe(0);
    expect(await objectsOf(t, id)).toEqual([]);

    const enough = await upload(client, id, { kind }, { filename: 'id.png', content: await photo('png', 600, 800) });
    expect(enough.statusCode, enough.body).toBe(201);
  });

  it('refuses an image large enough in pixels but of a few KB, compressed past reading', async () => {
    const id = await freshFiling();
    const ruined = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#9a9a9a' } })
      .jpeg({ quality: 5 })
      .toBuffer();
    expect(ruined.length).toBeLessThan(10 * 1024);
    const res = await upload(client, id, { kind }, { filename: 'id.jpg', content: ruined });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ code: 'MATERIAL_IMAGE_TOO_SMALL' });
    expect(res.json().detail).toContain('10 KB');
    expect(await objectsOf(t, id)).toEqual([]);
  });

  it('refuses a hand-held certificate photo too small to show the card’s print, and takes one large enough', async () => {
    const id = await freshFiling();
    const handheld = { kind: 'HANDHELD_CERT_PHOTO' };
    const small = await upload(client, id, handheld, {
      filename: 'selfie.jpg',
      content: await photo('jpeg', 480, 640),
    });
    expect(small.statusCode, small.body).toBe(422);
    expect(small.json()).toMatchObject({ code: 'MATERIAL_IMAGE_TOO_SMALL' });
    expect(small.json().detail).toContain('480 × 640');
    expect(await objectsOf(t, id)).toEqual([]);
    const enough = await upload(client, id, handheld, {
      filename: 'selfie.jpg',
      content: await photo('jpeg', 600, 800),
    });
    expect(enough.statusCode, enough.body).toBe(201);
  });

  it('keeps the stored file when a replacement is too small', async () => {
    const id = await freshFiling();
    const first = (await upload(client, id, { kind }, { filename: 'a.jpg', content: await photo('jpeg') })).json();
    const small = await upload(client, id, { kind }, { filename: 'b.jpg', content: await photo('jpeg', 320, 240) });
    expect(small.json().code).toBe('MATERIAL_IMAGE_TOO_SMALL');
    const list = (await client.get(`/api/filings/${id}/materials`)).json() as MaterialList;
    expect(list.items.find((i) => i.kind === kind)?.material?.id).toBe(first.id);
  });
});

describe('DELETE /api/filings/:id/materials/:materialId', () => {
  it('deletes the row and its object', async () => {
    const id = await freshFiling();
    const material = (await upload(client, id, { kind }, { filename: 'a.jpg', content: await photo('jpeg') })).json();
    const res = await client.delete(`/api/filings/${id}/materials/${material.id}`);
    expect(res.statusCode).toBe(204);
    expect(await t.db.material.count({ where: { filingId: id } })).toBe(0);
    expect(await objectsOf(t, id)).toEqual([]);
    expect((await client.delete(`/api/filings/${id}/materials/${material.id}`)).statusCode).toBe(404);
  });
});
