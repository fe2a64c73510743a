// Upload benchmark: starts the API as a child process (embedded PGlite and s3rver unless DATABASE_URL / S3_ENDPOINT
// are set), walks an applicant through the wizard to a completed draft, then uploads FILES photos of about 2 MB each,
// PARALLEL at a time, over real HTTP. Prints throughput and the API process's peak memory (VmHWM from /proc).
// Run: npm run bench:upload   (FILES=50 PARALLEL=10 SIZE_MB=2 by default)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { startApi } from './lib/api-process.ts';
import { memoryOf } from './lib/memory.ts';
import { percentile } from './lib/stats.ts';
import { createBenchClient } from './upload-client.ts';
import { completeDraft } from './upload-draft.ts';

const FILES = Number(process.env.FILES ?? 50);
const PARALLEL = Number(process.env.PARALLEL ?? 10);
const SIZE_MB = Number(process.env.SIZE_MB ?? 2);

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

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'beian-bench-'));
  const started = performance.now();
  const api = await startApi({ dataDir });
  const { pid, url } = api;
  try {
    console.log(
      `API (${api.runtime}) up in ${((performance.now() - started) / 1000).toFixed(1)} s at ${url} (pid ${pid})`,
    );
    const client = createBenchClient(url);
    const filing = await completeDraft(client, url);
    const file = await photoOf(SIZE_MB);
    const kinds = [
      'SUBJECT_PRINCIPAL_ID_FRONT',
      'SUBJECT_PRINCIPAL_ID_BACK',
      'HANDHELD_CERT_PHOTO',
      'VERIFICATION_SHEET',
    ];
    const before = await memoryOf(pid);

    const latencies: number[] = [];
    let next = 0;
    let peakRss = before.rssMb;
    const sampler = setInterval(() => {
      void memoryOf(pid).then((m) => {
        peakRss = Math.max(peakRss, m.rssMb);
      });
    }, 50);
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < FILES) {
          const n = next++;
          const form = new FormData();
          form.append('kind', kinds[n % kinds.length] ?? 'HANDHELD_CERT_PHOTO');
          form.append('file', new Blob([file], { type: 'image/jpeg' }), `photo-${n}.jpg`);
          const t = performance.now();
          const res = await client.send('POST', `/api/filings/${filing.id}/materials`, form);
          if (res.status !== 201) throw new Error(`upload ${n}: ${res.status} ${await res.text()}`);
          await res.arrayBuffer();
          latencies.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    const after = await memoryOf(pid);

    latencies.sort((a, b) => a - b);
    const pct = (p: number) => percentile(latencies, p);
    const megabytes = (FILES * file.length) / 1024 / 1024;
    console.log(
      [
        `database: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}, storage: ${process.env.S3_ENDPOINT ? 'S3_ENDPOINT' : 'embedded s3rver'}`,
        `uploaded ${FILES} JPEG photos of ${(file.length / 1024 / 1024).toFixed(2)} MB, ${PARALLEL} at a time, in ${seconds.toFixed(2)} s`,
        `throughput: ${(megabytes / seconds).toFixed(1)} MB/s, ${(FILES / seconds).toFixed(1)} files/s`,
        `latency per upload: p50 ${pct(0.5).toFixed(0)} ms, p95 ${pct(0.95).toFixed(0)} ms, max ${pct(1).toFixed(0)} ms`,
        `API process RSS: ${before.rssMb.toFixed(0)} MB before, ${after.rssMb.toFixed(0)} MB after, sampled peak ${peakRss.toFixed(0)} MB, VmHWM ${after.peakMb.toFixed(0)} MB`,
      ].join('\n'),
    );
    await client.json('POST', `/api/filings/${filing.id}/abandon`, { version: filing.version });
  } finally {
    await api.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
