// Reads prisma/migrations into the shape the schema engine takes, as the Prisma CLI does.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { paths } from './paths.ts';

/** A file's text, or null when it does not exist. */
export async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function readMigrations(migrationsDir: string = paths.migrationsDir): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  // Names start with a UTC timestamp, so name order is the order to apply them in.
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const sql = await readOptional(path.join(migrationsDir, name, 'migration.sql'));
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content:
            sql === null
              ? { tag: 'error' as const, value: `${name}/migration.sql is missing` }
              : { tag: 'ok' as const, value: sql },
        },
      };
    }),
  );
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: await readOptional(path.join(migrationsDir, 'migration_lock.toml')),
    },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}
