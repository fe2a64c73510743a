// Entry of the compiled build's migration worker (dist/migrate-worker.js): applies the pending migrations to the
// database named in workerData and posts the result back. See migrate-at-start.ts for why this is a thread.
import { parentPort, workerData } from 'node:worker_threads';
import { migrateDatabase } from '../../../../scripts/db/migrate-database.ts';

const { databaseUrl } = workerData as { databaseUrl: string };
parentPort?.postMessage(await migrateDatabase(databaseUrl, { poolMax: 1 }));
