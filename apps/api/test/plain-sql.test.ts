// The plain-SQL side of the pool (docs/decisions/032, 047): on PostgreSQL each text is a prepared statement, parsed
// once per connection, and one that reads a table with `*` survives a migration adding a column to it; on the
// embedded PGlite, whose connections share one session, nothing is prepared. The pool has one connection here, so
// what one call prepared is what the next one finds.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Sql, sqlOf } from '../src/infra/db.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

const onPostgres = Boolean(inject('testDatabase'));
let t: TestApp;
let sql: Sql;

beforeAll(async () => {
  t = await createTestApp({ env: { DATABASE_POOL_MAX: '1' } });
  sql = sqlOf(t.db);
});
afterAll(async () => {
  await t?.close();
});

const SUM = 'SELECT $1::int + $2::int AS "sum"';

describe('plain SQL on the shared pool', () => {
  it('prepares a text once on a connection (none on the embedded database) and runs it with each call’s values', async () => {
    expect(await sql.query(SUM, [1, 2])).toEqual([{ sum: 3 }]);
    expect(await sql.query(SUM, [40, 2])).toEqual([{ sum: 42 }]);
    const prepared = await sql.query<{ count: number }>(
      'SELECT count(*)::int AS "count" FROM pg_prepared_statements WHERE statement = $1',
      [SUM],
    );
    expect(prepared).toEqual([{ count: onPostgres ? 1 : 0 }]);
  });

  it('reads a table with * again after a migration adds a column to it', async () => {
    await t.db.$executeRawUnsafe('CREATE TABLE "PreparedProbe" ("id" int PRIMARY KEY)');
    await t.db.$executeRawUnsafe('INSERT INTO "PreparedProbe" VALUES (1)');
    const read = () => sql.query('SELECT * FROM "PreparedProbe" WHERE "id" = $1', [1]);
    expect(await read()).toEqual([{ id: 1 }]);
    expect(await read()).toEqual([{ id: 1 }]);
    await t.db.$executeRawUnsafe(`ALTER TABLE "PreparedProbe" ADD COLUMN "label" text NOT NULL DEFAULT 'added'`);
    expect(await read()).toEqual([{ id: 1, label: 'added' }]);
    expect(await sql.query(SUM, [2, 2])).toEqual([{ sum: 4 }]);
  });

  it('passes any other error on as it is, and the pool goes on', async () => {
    await expect(sql.query('SELECT * FROM "NoSuchTable"')).rejects.toMatchObject({ code: '42P01' });
    expect(await sql.query(SUM, [1, 1])).toEqual([{ sum: 2 }]);
    expect(await sql.query(SUM, [1, 2])).toEqual([{ sum: 3 }]);
  });

  it('reads rows as arrays of their columns, each timestamptz as the ISO string its Date would write', async () => {
    const text = `SELECT 'a'::text, 7::int, NULL::timestamptz, t, t FROM (VALUES
      ('2026-12-04 07:23:02.607+00'::timestamptz), ('2026-12-04 07:23:02.6+00'), ('2026-12-04 07:23:02+00'),
      ('2026-12-04 07:23:02.123456+00')) v(t) ORDER BY t`;
    const objects = await sql.query<{ t: Date }>(`SELECT t FROM (${text}) s(a, b, c, t, u)`);
    const arrays = await sql.arrays<[string, number, null, string, string]>(text);
    expect(arrays).toEqual(objects.map(({ t: at }) => ['a', 7, null, at.toISOString(), at.toISOString()]));
    expect(arrays.map((row) => row[3])).toEqual([
      '2026-12-04T07:23:02.000Z',
      '2026-12-04T07:23:02.123Z',
      '2026-12-04T07:23:02.600Z',
      '2026-12-04T07:23:02.607Z',
    ]);
    // In a session of another time zone PostgreSQL writes the offset, and the reading stays the same instant.
    await sql.query(`SET TIME ZONE 'Asia/Shanghai'`);
    try {
      expect(await sql.arrays(text)).toEqual(arrays);
    } finally {
      await sql.query('SET TIME ZONE DEFAULT');
    }
  });
});
