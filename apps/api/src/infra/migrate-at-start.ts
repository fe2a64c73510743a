// The migrations the API applies at start. Prisma's schema engine is a 5 MB WebAssembly module; run in the API's own
// process it left 50 to 70 MB of resident memory behind for good, and in a worker thread still 25 to 50 MB (glibc
// keeps what the thread freed). The compiled build therefore runs it in a short-lived child process, which hands all
// of it back when it exits. From the sources (tsx, vitest) there is no compiled entry to start, and it runs in this
// process as before.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type MigrateResult, migrateDatabase } from '../../../../scripts/db/migrate-database.ts';
import { bundleUrl } from './compiled.ts';

export async function migrateAtStart(databaseUrl: string): Promise<MigrateResult> {
  // One connection: migrations run one at a time, and PGlite serves one transaction at a time.
  if (!bundleUrl) return migrateDatabase(databaseUrl, { poolMax: 1 });
  // The URL travels over the IPC channel, not the command line, where any local user could read its password.
  const child = fork(fileURLToPath(new URL('./migrate-worker.js', bundleUrl)), [], { execArgv: [] });
  child.send({ databaseUrl });
  return new Promise<MigrateResult>((resolve, reject) => {
    let result: MigrateResult | undefined;
    child.once('message', (message) => {
      result = message as MigrateResult;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`the migration process stopped (exit code ${code}) without applying the migrations`));
    });
  });
}
