// Once per test run: with DATABASE_URL set, migrate a template database that each test file clones into its own
// fresh database (fast, isolated). Without it, each test file runs its own embedded PGlite instead.
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '../../../scripts/db/migrate-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin connection URL and template database name, or null to use embedded PGlite per file. */
    testDatabase: { adminUrl: string; template: string } | null;
  }
}

export function databaseUrlFor(adminUrl: string, name: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    project.provide('testDatabase', null);
    return;
  }
  const template = `beian_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await migrateDatabase(databaseUrlFor(adminUrl, template));
  project.provide('testDatabase', { adminUrl, template });

  return async () => {
    // Test files drop their own databases; the template goes last.
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}
