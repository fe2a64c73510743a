import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedStorage, startEmbeddedStorage } from '../../../infra/embedded-storage.fixtures.ts';
import { recordSignedHashes } from '../../../infra/signed-hashes.fixtures.ts';
import type { Storage } from '../../../infra/storage.ts';
import { html, photo } from './upload.fixtures.ts';
import { inspectUpload } from './upload.inspect.ts';
import { materialObjectKey, materialUploadParams } from './upload.object-key.ts';
import { abortedHalfWay, arriving, drain } from './upload.streams.ts';

// The pipeline against a real S3 server (the embedded one), as the route will use it: lib-storage reads `body`
// while the inspection runs, and a refusal must leave no object behind.
let embedded: EmbeddedStorage;
let storage: Storage;
let signed: Map<string, string | undefined>;

beforeAll(async () => {
  embedded = await startEmbeddedStorage('materials-test', 'AES256');
  storage = embedded.storage;
  signed = recordSignedHashes(storage.client);
});

afterAll(() => embedded.close());

async function store(source: Parameters<typeof inspectUpload>[0], kind: Parameters<typeof inspectUpload>[1]['kind']) {
  const key = materialObjectKey({ filingId: randomUUID(), materialId: randomUUID() });
  const { body, result } = inspectUpload(source, { kind });
  const upload = new Upload({ client: storage.client, params: materialUploadParams(storage, key, body) });
  const [stored, inspection] = await Promise.allSettled([upload.done(), result]);
  return { key, stored, inspection };
}

const exists = async (key: string) =>
  storage.client.send(new HeadObjectCommand({ Bucket: storage.bucket, Key: key })).then(
    () => true,
    () => false,
  );

const bigPdf = (megabytes: number, complete: boolean) =>
  Buffer.concat([
    Buffer.from('%PDF-1.7\n'),
    Buffer.alloc(megabytes * 1024 * 1024, 0x20),
    Buffer.from(complete ? '%%EOF\n' : ''),
  ]);

describe('a material upload into S3', () => {
  it('stores exactly the inspected bytes under an id-only key', async () => {
    const jpeg = await photo('jpeg', 1600, 1200);
    const { key, stored, inspection } = await store(arriving(jpeg), 'HANDHELD_CERT_PHOTO');
    expect(stored.status).toBe('fulfilled');
    if (inspection.status !== 'fulfilled') throw inspection.reason;
    expect(inspection.value).toMatchObject({ contentType: 'image/jpeg', width: 1600, height: 1200 });
    const object = await storage.client.send(new GetObjectCommand({ Bucket: storage.bucket, Key: key }));
    expect((await drain(object.Body as Readable)).sha256).toBe(inspection.value.sha256);
    // Signed with the hash of exactly the bytes stored (the inspection's own: upload.inspect.test shows it is the
    // one remembered for the buffer, so the client does not compute it again).
    expect(signed.get(`/${storage.bucket}/${key}`)).toBe(inspection.value.sha256);
    expect(key).toMatch(/^materials\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  });

  it('stores a file larger than one part (multipart upload)', async () => {
    const { key, inspection } = await store(arriving(bigPdf(12, true), 64 * 1024), 'PRE_APPROVAL');
    expect(inspection).toMatchObject({ status: 'fulfilled', value: { contentType: 'application/pdf' } });
    expect(await exists(key)).toBe(true);
  });

  it('leaves no object when the content is refused, the connection drops, or a multipart upload fails late', async () => {
    const refused = await store(arriving(html), 'SUBJECT_CERT_FRONT');
    expect(refused.stored.status).toBe('rejected');
    expect(refused.inspection).toMatchObject({ status: 'rejected', reason: { code: 'MATERIAL_TYPE_NOT_ALLOWED' } });
    const dropped = await store(abortedHalfWay(await photo('jpeg', 1600, 1200)), 'SUBJECT_CERT_FRONT');
    expect(dropped.inspection).toMatchObject({ status: 'rejected', reason: { code: 'MATERIAL_UPLOAD_ABORTED' } });
    // Two parts are sent before the missing end shows: lib-storage then aborts the multipart upload.
    const late = await store(arriving(bigPdf(12, false), 64 * 1024), 'PRE_APPROVAL');
    expect(late.inspection).toMatchObject({ status: 'rejected', reason: { code: 'MATERIAL_PDF_CORRUPT' } });
    for (const { key } of [refused, dropped, late]) expect(await exists(key)).toBe(false);
  });
});
