// The zero-setup defaults: with no DATABASE_URL and no S3_ENDPOINT the runtime embeds both, and data survives a restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { startRuntime } from '../src/infra/runtime.ts';
import { systemClock } from '../src/lib/clock.ts';
import { seedDemoAccounts } from '../src/seed/demo-accounts.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('embedded runtime', () => {
  it('migrates, seeds once, and keeps database rows and objects across a restart', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'beian-embedded-'));
    dirs.push(dataDir);
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const logs: string[] = [];

    const first = await startRuntime(config, (m) => logs.push(m));
    expect(first.embedded).toEqual({ database: true, storage: true });
    expect(logs.some((m) => m.startsWith('applied migrations'))).toBe(true);
    expect(await seedDemoAccounts(first.db, systemClock)).toBe(true);
    const { bucket } = first.storage;
    await first.storage.client.send(new PutObjectCommand({ Bucket: bucket, Key: 'probe/one', Body: 'kept' }));
    await first.close();

    logs.length = 0;
    const second = await startRuntime(config, (m) => logs.push(m));
    try {
      expect(logs.some((m) => m.startsWith('applied migrations'))).toBe(false);
      expect(await seedDemoAccounts(second.db, systemClock)).toBe(false);
      expect(await second.db.account.count()).toBe(4);
      const object = await second.storage.client.send(new GetObjectCommand({ Bucket: bucket, Key: 'probe/one' }));
      expect(await object.Body?.transformToString()).toBe('kept');
    } finally {
      await second.close();
    }
  });
});
