// Writes a new migration: the SQL that takes the schema as of the last migration (kept in a snapshot file) to the
// current prisma/schema.prisma. Diffing from the database or a shadow database did not work with the WASM engine.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DiffTarget } from '@prisma/schema-engine-wasm';
import { readOptional } from './migrations-folder.ts';
import { offlinePostgresAdapter } from './offline-adapter.ts';
import { LOCKFILE_CONTENT, paths } from './paths.ts';
import { explainEngineError, type Log, NO_FILTERS, openSchemaEngine } from './schema-engine.ts';

export interface CreatedMigration {
  /** Folder name under prisma/migrations, or null when the schema has not changed. */
  name: string | null;
  sql: string;
}

/** `20260131235959`: UTC, as the Prisma CLI names migration folders. */
function timestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, '').slice(0, 14);
}

/** Lower-case letters, digits and underscores, as the Prisma CLI makes of a migration name. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200);
}

export async function createMigration(name: string, log: Log, now = new Date()): Promise<CreatedMigration> {
  const slug = slugify(name);
  if (!slug) throw new Error(`migration name "${name}" has no letters or digits`);
  const [schemaText, snapshotText] = await Promise.all([readFile(paths.schema, 'utf8'), readOptional(paths.snapshot)]);

  const from: DiffTarget =
    snapshotText === null
      ? { tag: 'empty' }
      : { tag: 'schemaDatamodel', files: [{ path: paths.snapshot, content: snapshotText }] };
  const to: DiffTarget = { tag: 'schemaDatamodel', files: [{ path: paths.schema, content: schemaText }] };

  const engine = await openSchemaEngine({ path: paths.schema, content: schemaText }, offlinePostgresAdapter(), log);
  let sql: string;
  try {
    const result = await engine
      .diff({ from, to, script: true, exitCode: null, filters: NO_FILTERS })
      .catch((error: unknown) => {
        throw explainEngineError(error);
      });
    sql = result.stdout ?? '';
  } finally {
    engine.free();
  }
  // An empty diff still comes back as a comment line.
  if (!sql.split('\n').some((line) => line.trim() && !line.trim().startsWith('--'))) return { name: null, sql: '' };

  const folder = `${timestamp(now)}_${slug}`;
  const dir = path.join(paths.migrationsDir, folder);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'migration.sql'), sql);
  await writeFile(paths.snapshot, schemaText);
  if ((await readOptional(paths.lockfile)) === null) await writeFile(paths.lockfile, LOCKFILE_CONTENT);
  return { name: folder, sql };
}
