// CLI behind `npm run db:migrate` (deploy) and `npm run db:migrate:new -- <name>` (new); stands in for
// `prisma migrate deploy` / `prisma migrate dev --create-only` where the native schema engine cannot be downloaded.
import path from 'node:path';
import { createMigration } from './create-migration.ts';
import { migrateDatabase } from './migrate-database.ts';
import { paths } from './paths.ts';

const USAGE = 'usage: migrate.ts deploy | migrate.ts new <name>';
const log = (message: string) => console.log(message);

async function deploy(): Promise<void> {
  // The direct way where DATABASE_URL goes through a pooler: the migrations hold a lock for their whole connection.
  const url = process.env.DATABASE_DIRECT_URL || process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: point it at the database to migrate (postgresql://...)');
  const started = performance.now();
  const { applied } = await migrateDatabase(url, { log });
  const ms = Math.round(performance.now() - started);
  console.log(applied.length ? `applied ${applied.length} migration(s) in ${ms} ms` : `database up to date (${ms} ms)`);
}

async function create(name: string | undefined): Promise<void> {
  if (!name) throw new Error(`missing migration name\n${USAGE}`);
  const { name: folder } = await createMigration(name, log);
  if (!folder) {
    console.log('no changes: schema.prisma matches the last migration');
    return;
  }
  console.log(`created ${path.relative(process.cwd(), path.join(paths.migrationsDir, folder, 'migration.sql'))}`);
}

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (command === 'deploy') return deploy();
  if (command === 'new') return create(rest.join(' ') || undefined);
  throw new Error(USAGE);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
