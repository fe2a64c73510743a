import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedStorage, startEmbeddedStorage } from './embedded-storage.fixtures.ts';
import { withKnownSha256 } from './known-payload-hash.ts';
import { recordSignedHashes } from './signed-hashes.fixtures.ts';
import type { Storage } from './storage.ts';

// Against a real S3 server (the embedded one). It does not compare the signed hash with the body, which lets the
// first case show that the client signs the remembered hash rather than one it computed: AWS S3 would refuse that
// request, and the console only ever remembers the hash of the very bytes it sends.
let embedded: EmbeddedStorage;
let storage: Storage;
let signed: Map<string, string | undefined>;

beforeAll(async () => {
  embedded = await startEmbeddedStorage('payload-hash-test');
  storage = embedded.storage;
  signed = recordSignedHashes(storage.client);
});

afterAll(() => embedded.close());

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
