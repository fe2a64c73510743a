// Applies the migrations in prisma/migrations that a database lacks, recording them in `_prisma_migrations`
// exactly like `prisma migrate deploy`. Used by `npm run db:migrate`, the API server at start-up and test set-up.
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { readMigrations } from './migrations-folder.ts';
import { paths } from './paths.ts';
import { migrationAdapter } from './pg-adapter.ts';
import { explainEngineError, type Log, NO_FILTERS, openSchemaEngine } from './schema-engine.ts';

export interface MigrateOptions {
  /** Receives one line per applied migration (and engine warnings). Silent by default. */
  log?: Log;
  /**
   * Connections to open. Defaults to 1: migrations run one at a time anyway, a session-level advisory lock must be
   * released on the connection that took it, and PGlite behind its socket server serves one transaction at a time.
   */
  poolMax?: number;
}

export interface MigrateResult {
  /** Names of the migrations applied by this call, oldest first; empty when the database was up to date. */
  applied: string[];
}

export async function migrateDatabase(databaseUrl: string, opts: MigrateOptions = {}): Promise<MigrateResult> {
  const log = opts.log ?? (() => {});
  const [schemaText, migrationsList] = await Promise.all([readFile(paths.schema, 'utf8'), readMigrations()]);
  // Our own pool, so that we can close it: the adapter leaves a pool it was handed open.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: opts.poolMax ?? 1 });
  try {
    const engine = await openSchemaEngine({ path: paths.schema, content: schemaText }, migrationAdapter(pool), log);
    try {
      const { appliedMigrationNames } = await engine
        .applyMigrations({ migrationsList, filters: NO_FILTERS })
        .catch((error: unknown) => {
          throw explainEngineError(error);
        });
      for (const name of appliedMigrationNames) log(`applied migration ${name}`);
      return { applied: appliedMigrationNames };
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}
