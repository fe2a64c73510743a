import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedS3, startEmbeddedS3 } from '../embedded/embedded-s3.ts';
import { withKnownSha256 } from './known-payload-hash.ts';
import { recordSignedHashes } from './signed-hashes.fixtures.ts';
import { createStorage, type Storage } from './storage.ts';

// Against a real S3 server (the embedded one). It does not compare the signed hash with the body, which lets the
// first case show that the client signs the remembered hash rather than one it computed: AWS S3 would refuse that
// request, and the console only ever remembers the hash of the very bytes it sends.
let s3: EmbeddedS3;
let storage: Storage;
let directory: string;
let signed: Map<string, string | undefined>;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'payload-hash-s3-'));
  s3 = await startEmbeddedS3(directory, 'payload-hash-test');
  storage = createStorage({
    endpoint: s3.endpoint,
    region: 'ap-guangzhou',
    bucket: 'payload-hash-test',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    serverSideEncryption: 'none',
  });
  signed = recordSignedHashes(storage.client);
});

afterAll(async () => {
  storage.close();
  await s3.close();
  await rm(directory, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const put = (key: string, body: Uint8Array) =>
  storage.client.send(new PutObjectCommand({ Bucket: storage.bucket, Key: key, Body: body }));

describe('a body whose SHA-256 is already known', () => {
  it('is signed with the remembered hash, not one computed again', async () => {
    const body = Buffer.from('the bytes sent');
    const remembered = sha256(Buffer.from('other bytes'));
    await put('remembered', withKnownSha256(body, remembered));
    expect(signed.get('/payload-hash-test/remembered')).toBe(remembered);
  });

  it('leaves any other body to the client, which hashes it itself', async () => {
    const known = withKnownSha256(Buffer.from('a remembered buffer'), sha256(Buffer.from('something else')));
    const copy = Buffer.from(known);
    await put('copy', copy);
    expect(signed.get('/payload-hash-test/copy')).toBe(sha256(copy));
  });
});
