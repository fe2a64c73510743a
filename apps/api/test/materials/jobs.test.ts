// Background jobs: orphan objects (no row, older than an hour) are collected while referenced and young ones stay;
// the job runner runs a job in one process at a time, and stops cleanly.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { manualClock } from '../helpers/test-app.ts';
import { completedDraft, copyOf, objectsOf, upload } from './materials-fixtures.ts';

const HOUR = 3_600_000;
const clock = manualClock(new Date());
let t: SimulatorTestApp;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

async function lastModified(key: string): Promise<Date> {
  const page = await t.storage.client.send(new ListObjectsV2Command({ Bucket: t.storage.bucket, Prefix: key }));
  const found = page.Contents?.find((o) => o.Key === key)?.LastModified;
  if (!found) throw new Error(`no object ${key}`);
  return found;
}

const putObject = (key: string) =>
  t.storage.client.send(new PutObjectCommand({ Bucket: t.storage.bucket, Key: key, Body: 'orphan' }));

describe('orphan collection', () => {
  it('deletes an old object no row references, and keeps referenced and young ones', async () => {
    clock.set(new Date());
    const { client, account } = await freshApplicant(t);
    const filing = await copyOf(t, await completedDraft(t, client, 'pass-personal'), account.id);
    const kept = (
      await upload(
        client,
        filing.id,
        { kind: 'HANDHELD_CERT_PHOTO' },
        { filename: 'a.jpg', content: await photo('jpeg') },
      )
    ).json();
    const keptKey = (await t.db.material.findUniqueOrThrow({ where: { id: kept.id } })).objectKey;
    const orphan = `materials/${filing.id}/${randomUUID()}`;
    await putObject(orphan);
    // Stored timestamps have whole seconds: the young one is stored clearly later.
    await sleep(2100);
    const young = `materials/${filing.id}/${randomUUID()}`;
    await putObject(young);

    // An hour and a second after the orphan was stored: it is old, the young one is not yet.
    clock.set(new Date((await lastModified(orphan)).getTime() + HOUR + 1000));
    expect((await lastModified(young)).getTime()).toBeGreaterThan(clock.now().getTime() - HOUR);
    const report = await t.app.backgroundJobs.collectOrphans();
    expect(report.deleted).toBe(1);
    expect((await objectsOf(t, filing.id)).sort()).toEqual([keptKey, young].sort());
    // The referenced object is still the material's content.
    expect((await client.get(`/api/materials/${kept.id}/content`)).statusCode).toBe(200);

    clock.set(new Date(Date.now() + 2 * HOUR));
    await t.app.backgroundJobs.collectOrphans();
    expect(await objectsOf(t, filing.id)).toEqual([keptKey]);
  });
});

describe('the job runner', () => {
  const log = { error: () => {} };

  it('runs a job in one runner at a time across processes sharing the database', async () => {
    clock.set(new Date());
    let running = 0;
    let most = 0;
    let runs = 0;
    const job = {
      name: `test.exclusive.${randomUUID()}`,
      intervalMs: 60_000,
      run: async () => {
        running += 1;
        most = Math.max(most, running);
        runs += 1;
        await sleep(200);
        running -= 1;
      },
    };
    const a = createJobRunner({ db: t.db, clock, jobs: [job], log });
    const b = createJobRunner({ db: t.db, clock, jobs: [job], log });
    const [ranA, ranB] = await Promise.all([a.run(job.name), b.run(job.name)]);
    expect([ranA, ranB].filter(Boolean)).toHaveLength(1);
    expect({ runs, most }).toEqual({ runs: 1, most: 1 });
    // Once the lease is given back, the other runner may run it.
    expect(await b.run(job.name)).toBe(true);
    await Promise.all([a.stop(), b.stop()]);
  });

  it('takes over a lease whose holder died, once it has lapsed', async () => {
    clock.set(new Date());
    const name = `test.lapsed.${randomUUID()}`;
    await t.db.jobLease.create({
      data: { name, holder: 'dead', lockedUntil: new Date(clock.now().getTime() + 60_000) },
    });
    const runner = createJobRunner({ db: t.db, clock, jobs: [{ name, intervalMs: 1000, run: async () => {} }], log });
    expect(await runner.run(name)).toBe(false);
    clock.advance(61_000);
    expect(await runner.run(name)).toBe(true);
    await runner.stop();
  });

  it('runs jobs on their interval, records a failure, and stops cleanly while one runs', async () => {
    clock.set(new Date());
    let calls = 0;
    const name = `test.interval.${randomUUID()}`;
    const runner = createJobRunner({
      db: t.db,
      clock,
      log,
      jobs: [
        {
          name,
          intervalMs: 50,
          run: async () => {
            calls += 1;
            // Each tick finds the job due: the last run started an interval ago on the app's clock.
            clock.advance(50);
            await sleep(30);
            throw new Error('boom');
          },
        },
      ],
    });
    runner.start();
    await sleep(400);
    await runner.stop();
    const afterStop = calls;
    expect(afterStop).toBeGreaterThanOrEqual(2);
    await sleep(200);
    expect(calls).toBe(afterStop);
    expect(await t.db.jobLease.findUniqueOrThrow({ where: { name } })).toMatchObject({
      lockedUntil: null,
      lastError: 'Error: boom',
    });
  });
});
