import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { materialObjectKey, materialUploadParams } from './upload.object-key.ts';

describe('material objects', () => {
  it('are keyed by filing and material id only', () => {
    const [filingId, materialId] = [randomUUID(), randomUUID()];
    expect(materialObjectKey({ filingId, materialId: materialId.toUpperCase() })).toBe(
      `materials/${filingId}/${materialId}`,
    );
  });

  it('refuse anything but UUIDs in the key, such as a file name or a certificate number', () => {
    const filingId = randomUUID();
    expect(() => materialObjectKey({ filingId, materialId: '身份证-张三.jpg' })).toThrow(RangeError);
    expect(() => materialObjectKey({ filingId: '440301199001011234', materialId: randomUUID() })).toThrow(RangeError);
    expect(() => materialObjectKey({ filingId, materialId: `${randomUUID()}/../x` })).toThrow(RangeError);
  });

  it('ask for server-side encryption when the storage is configured for it', () => {
    const body = Readable.from([]);
    expect(materialUploadParams({ bucket: 'b', serverSideEncryption: 'AES256' }, 'k', body)).toMatchObject({
      Bucket: 'b',
      Key: 'k',
      ServerSideEncryption: 'AES256',
    });
    expect(materialUploadParams({ bucket: 'b', serverSideEncryption: undefined }, 'k', body)).not.toHaveProperty(
      'ServerSideEncryption',
    );
  });
});
