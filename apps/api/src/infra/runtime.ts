// Brings up what the API stands on: the database (a real PostgreSQL, or embedded PGlite when DATABASE_URL
// is unset), object storage (any S3, or embedded s3rver when S3_ENDPOINT is unset), migrations and demo data.
import path from 'node:path';
import type { Config } from '../config.ts';
import { createDb, type Db } from './db.ts';
import { migrateAtStart } from './migrate-at-start.ts';
import { createStorage, type Storage } from './storage.ts';

export type Runtime = {
  db: Db;
  storage: Storage;
  embedded: { database: boolean; storage: boolean };
  close: () => Promise<void>;
};

type Log = (message: string) => void;

// s3rver accepts any credentials; the SDK still needs some to sign with.
const EMBEDDED_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export async function startRuntime(config: Config, log: Log, warn: Log = log): Promise<Runtime> {
  const closers: (() => Promise<void> | void)[] = [];
  const close = async () => {
    for (const fn of closers.reverse()) await fn();
  };
  try {
    let databaseUrl = config.DATABASE_URL;
    let poolMax = config.DATABASE_POOL_MAX;
    if (!databaseUrl) {
      // Loaded only when used: a deployment on PostgreSQL and S3 never holds PGlite or s3rver in memory.
      const { startEmbeddedPostgres } = await import('../embedded/embedded-postgres.ts');
      const pg = await startEmbeddedPostgres(path.join(config.dataDir, 'pglite'));
      closers.push(pg.close);
      databaseUrl = pg.url;
      // PGlite runs one transaction at a time: a single connection keeps transactions from interleaving.
      poolMax = 1;
      log(`embedded PostgreSQL (PGlite) with data in ${path.join(config.dataDir, 'pglite')}`);
    }
    // Straight to PostgreSQL where a pooler stands in between: the migrations hold a lock for their whole connection.
    const { applied } = await migrateAtStart(config.DATABASE_DIRECT_URL ?? databaseUrl);
    if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);

    let s3 = {
      endpoint: config.S3_ENDPOINT,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    };
    if (!s3.endpoint) {
      const { startEmbeddedS3 } = await import('../embedded/embedded-s3.ts');
      const server = await startEmbeddedS3(path.join(config.dataDir, 's3'), config.S3_BUCKET);
      closers.push(server.close);
      s3 = { endpoint: server.endpoint, ...EMBEDDED_S3_CREDENTIALS };
      log(`embedded S3 (s3rver) with data in ${path.join(config.dataDir, 's3')}`);
    }
    const storage = createStorage({
      ...s3,
      region: config.S3_REGION,
      bucket: config.S3_BUCKET,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      serverSideEncryption: config.S3_SERVER_SIDE_ENCRYPTION,
    });
    closers.push(() => storage.close());
    await storage.ensureBucket();

    const db = createDb(databaseUrl, poolMax, {
      prepare: Boolean(config.DATABASE_URL),
      onUnkeptStatements: () =>
        warn(
          'The database connection lost a prepared statement (a connection pooler in transaction mode?): the hot ' +
            'reads now run unnamed, slower. Keep prepared statements per client (PgBouncer in session mode, or ' +
            'max_prepared_statements from 1.21) to have them back.',
        ),
    });
    closers.push(() => db.$disconnect());

    return {
      db,
      storage,
      embedded: { database: !config.DATABASE_URL, storage: !config.S3_ENDPOINT },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
