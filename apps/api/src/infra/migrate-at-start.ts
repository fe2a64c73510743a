// The migrations the API applies at start. Prisma's schema engine is a 5 MB WebAssembly module; once instantiated it
// stays in the process with the memory it grew (about 40 MB of resident memory, kept for nothing after start-up).
// The compiled build therefore runs it in a worker thread that exits when done, which hands that memory back. From
// the sources (tsx, vitest) there is no compiled worker file, and it runs in this thread as before.
import { Worker } from 'node:worker_threads';
import { type MigrateResult, migrateDatabase } from '../../../../scripts/db/migrate-database.ts';
import { bundleUrl } from './compiled.ts';

export async function migrateAtStart(databaseUrl: string): Promise<MigrateResult> {
  // One connection: migrations run one at a time, and PGlite serves one transaction at a time.
  if (!bundleUrl) return migrateDatabase(databaseUrl, { poolMax: 1 });
  const worker = new Worker(new URL('./migrate-worker.js', bundleUrl), { workerData: { databaseUrl } });
  return new Promise<MigrateResult>((resolve, reject) => {
    let result: MigrateResult | undefined;
    worker.once('message', (message: MigrateResult) => {
      result = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`the migration worker stopped (exit code ${code}) without applying the migrations`));
    });
  });
}
