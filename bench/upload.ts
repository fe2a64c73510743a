// Upload benchmark: starts the API as a child process (embedded PGlite unless DATABASE_URL is set; the S3 named by
// S3_ENDPOINT, or else an s3rver run by this process), walks an applicant through the wizard to a completed draft,
// then uploads FILES photos of about 2 MB each, PARALLEL at a time, over real HTTP, and then PUTs the same file as
// often, as parallel, straight into the same bucket with the AWS SDK for comparison. Prints throughput of both and
// their ratio, and the API process's memory: idle after start, after the wizard, its peak while uploading, and once
// the API has had a quiet spell without requests (when it hands memory back, decision 046).
// Run: npm run bench:upload   (FILES=50 PARALLEL=10 SIZE_MB=2 by default)
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { QUIET_MS } from '../apps/api/src/infra/idle-memory-release.ts';
import { startApi } from './lib/api-process.ts';
import { memoryOf } from './lib/memory.ts';
import { wholeNumber } from './lib/options.ts';
import { type CpuSeconds, measureCpu, totalSeconds } from './lib/process-cpu.ts';
import { openS3Target } from './lib/s3-target.ts';
import { percentile } from './lib/stats.ts';
import { measureThreads } from './lib/thread-cpu.ts';
import { createBenchClient, Multipart } from './upload-client.ts';
import { directPuts } from './upload-direct.ts';
import { completeDraft } from './upload-draft.ts';

const FILES = wholeNumber('FILES', 50);
const PARALLEL = wholeNumber('PARALLEL', 10);
const SIZE_MB = wholeNumber('SIZE_MB', 2);

/** A noisy JPEG (noise does not compress away) of about `megabytes`, found by growing the picture. */
async function photoOf(megabytes: number): Promise<Buffer> {
  for (let side = 800; ; side += 100) {
    const noise = { type: 'gaussian' as const, mean: 128, sigma: 40 };
    const jpeg = await sharp({
      create: { width: side, height: Math.round(side * 0.75), channels: 3, background: '#888', noise },
    })
      .jpeg({ quality: 90 })
      .toBuffer();
    if (jpeg.length >= megabytes * 1024 * 1024 * 0.95) return jpeg;
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));
const mbps = (megabytes: number, seconds: number) => megabytes / seconds;

const msPerFile = (seconds: number) => `${((seconds * 1000) / FILES).toFixed(0)} ms`;

/**
 * Where the CPU goes per photo on each path, and the most the ratio could be on this machine's cores at that CPU:
 * every process of a run (the API, PostgreSQL, this process with its client and, when it runs here, the S3 server)
 * shares the same cores, so the API path cannot go faster than the cores divided by the CPU it spends per photo.
 */
function cpuCeiling(
  viaApi: CpuSeconds,
  byThread: Array<{ name: string; seconds: number }>,
  direct: CpuSeconds,
  directSeconds: number,
): string[] {
  const cores = availableParallelism();
  const perFileApiPath = totalSeconds(viaApi) / FILES;
  const ceiling = cores / perFileApiPath / (FILES / directSeconds);
  const threads = byThread.map((t) => `${t.name} ${msPerFile(t.seconds)}`).join(', ');
  return [
    `CPU per photo via the API: API ${msPerFile(viaApi.server)} (${threads}), PostgreSQL ${msPerFile(viaApi.postgres)}, this process (client${process.env.S3_ENDPOINT ? '' : ' and S3'}) ${msPerFile(viaApi.load)}; direct: this process ${msPerFile(direct.load)}`,
    `ceiling on ${cores} cores at that CPU per photo: ${(cores / perFileApiPath).toFixed(1)} files/s via the API, ${ceiling.toFixed(2)}× of direct`,
  ];
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'beian-bench-'));
  const s3 = await openS3Target(dataDir);
  const started = performance.now();
  const api = await startApi({ dataDir, env: s3.apiEnv });
  const { pid, url } = api;
  try {
    console.log(
      `API (${api.runtime}) up in ${((performance.now() - started) / 1000).toFixed(1)} s at ${url} (pid ${pid})`,
    );
    // Idle: once the start-up's garbage has had a moment to be collected.
    await settle();
    const idle = await memoryOf(pid);
    const client = createBenchClient(url);
    const filing = await completeDraft(client, url);
    const file = await photoOf(SIZE_MB);
    await settle();
    const kinds = [
      'SUBJECT_PRINCIPAL_ID_FRONT',
      'SUBJECT_PRINCIPAL_ID_BACK',
      'HANDHELD_CERT_PHOTO',
      'VERIFICATION_SHEET',
    ];
    // Each kind's request body built once, so that the load generator spends as little CPU per request as the
    // direct PutObject below does (both send one prepared buffer).
    const bodies = kinds.map((kind) => new Multipart({ kind }, { name: 'photo.jpg', type: 'image/jpeg', bytes: file }));
    const before = await memoryOf(pid);

    const latencies: number[] = [];
    let next = 0;
    let peakRss = before.rssMb;
    const sampler = setInterval(() => {
      void memoryOf(pid).then((m) => {
        peakRss = Math.max(peakRss, m.rssMb);
      });
    }, 50);
    const cpu = await measureCpu(pid);
    const threads = await measureThreads(pid);
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < FILES) {
          const n = next++;
          const form = bodies[n % bodies.length] as Multipart;
          const t = performance.now();
          const res = await client.post(`/api/filings/${filing.id}/materials`, form);
          if (res.status !== 201) throw new Error(`upload ${n}: ${res.status} ${res.text}`);
          latencies.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    const used = await cpu.stop();
    const byThread = await threads.stop();
    const after = await memoryOf(pid);

    const lastRequest = performance.now();
    const directCpu = await measureCpu(pid);
    const direct = await directPuts(s3, file, FILES, PARALLEL);
    const directUsed = await directCpu.stop();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, lastRequest + QUIET_MS + 2000 - performance.now())));
    const quiet = await memoryOf(pid);

    latencies.sort((a, b) => a - b);
    direct.latencies.sort((a, b) => a - b);
    const pct = (list: number[], p: number) => percentile(list, p).toFixed(0);
    const megabytes = (FILES * file.length) / 1024 / 1024;
    const viaApi = mbps(megabytes, seconds);
    const straight = mbps(megabytes, direct.seconds);
    console.log(
      [
        `database: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite (in the API process)'}`,
        `storage: ${s3.label}`,
        `uploaded ${FILES} JPEG photos of ${(file.length / 1024 / 1024).toFixed(2)} MB, ${PARALLEL} at a time, in ${seconds.toFixed(2)} s`,
        `throughput via the API: ${viaApi.toFixed(1)} MB/s, ${(FILES / seconds).toFixed(1)} files/s; latency p50 ${pct(latencies, 0.5)} ms, p95 ${pct(latencies, 0.95)} ms, max ${pct(latencies, 1)} ms`,
        `direct PutObject, same files and parallelism: ${straight.toFixed(1)} MB/s in ${direct.seconds.toFixed(2)} s; latency p50 ${pct(direct.latencies, 0.5)} ms, p95 ${pct(direct.latencies, 0.95)} ms`,
        `API / direct: ${(viaApi / straight).toFixed(2)}×; the API process used ${used.server.toFixed(1)} s of CPU in the ${seconds.toFixed(1)} s of uploads`,
        ...cpuCeiling(used, byThread, directUsed, direct.seconds),
        `API process RSS: ${idle.rssMb.toFixed(0)} MB idle after start, ${before.rssMb.toFixed(0)} MB after the wizard, sampled peak ${peakRss.toFixed(0)} MB while uploading, ${after.rssMb.toFixed(0)} MB after, ${quiet.rssMb.toFixed(0)} MB ${((QUIET_MS + 2000) / 1000).toFixed(0)} s later; VmHWM ${after.peakMb.toFixed(0)} MB`,
      ].join('\n'),
    );
    await client.json('POST', `/api/filings/${filing.id}/abandon`, { version: filing.version });
    client.close();
  } finally {
    await api.stop();
    await s3.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
