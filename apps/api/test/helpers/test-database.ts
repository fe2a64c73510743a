// A fresh database per test file: cloned from the migrated template on a real PostgreSQL, or none (the
// runtime then starts an embedded PGlite in the file's own data folder).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { databaseUrlFor } from '../global-setup.ts';

export type TestDatabase = { url: string | undefined; drop: () => Promise<void> };

async function admin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const target = inject('testDatabase');
  if (!target) return { url: undefined, drop: async () => {} };
  const name = `beian_t_${randomBytes(6).toString('hex')}`;
  await admin(target.adminUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${target.template}`));
  return {
    url: databaseUrlFor(target.adminUrl, name),
    drop: () => admin(target.adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}
