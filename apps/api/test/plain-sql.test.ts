// The plain-SQL side of the pool (docs/decisions/032, 047): on PostgreSQL each text is a prepared statement, parsed
// once per connection, and one that reads a table with `*` survives a migration adding a column to it; on the
// embedded PGlite, whose connections share one session, nothing is prepared. The pool has one connection here, so
// what one call prepared is what the next one finds.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Db, type Sql, sqlOf } from '../src/infra/db.ts';
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

// A pooler in transaction mode hands each call whichever server connection is free: one without the statement the
// client prepared, or one where another client prepared its own under the same name. Here the one connection loses
// its statements (DEALLOCATE) or has another's in place (PREPARE), as such a handover would leave it.
describe.skipIf(!onPostgres)('plain SQL behind a pooler that does not keep prepared statements', () => {
  let own: Db;
  let ownSql: Sql;
  let warnings = 0;

  beforeAll(() => {
    const url = t.config.DATABASE_URL;
    if (!url) throw new Error('needs PostgreSQL');
    own = createDb(url, 1, { onUnkeptStatements: () => (warnings += 1) });
    ownSql = sqlOf(own);
  });
  afterAll(async () => {
    await own?.$disconnect();
  });

  const preparedHere = async () =>
    (await ownSql.query<{ name: string }>('SELECT name FROM pg_prepared_statements ORDER BY name')).map((r) => r.name);

  it('answers a call whose statement the connection lost, and runs unnamed from then on, warning once', async () => {
    expect(await ownSql.query(SUM, [1, 2])).toEqual([{ sum: 3 }]);
    expect(await preparedHere()).toHaveLength(2);
    await own.$executeRawUnsafe('DEALLOCATE ALL');
    expect(await ownSql.query(SUM, [40, 2])).toEqual([{ sum: 42 }]);
    expect(warnings).toBe(1);
    expect(await ownSql.query('SELECT $1::text AS "word"', ['unnamed'])).toEqual([{ word: 'unnamed' }]);
    expect(await preparedHere()).toEqual([]);
    expect(await ownSql.arrays(SUM, [2, 3])).toEqual([[5]]);
    expect(warnings).toBe(1);
  });

  it('answers a call whose name another connection of its pool took on the server connection', async () => {
    let otherWarnings = 0;
    const other = createDb(t.config.DATABASE_URL as string, 1, { onUnkeptStatements: () => (otherWarnings += 1) });
    try {
      const otherSql = sqlOf(other);
      expect(await otherSql.query(SUM, [1, 1])).toEqual([{ sum: 2 }]);
      // The pool's next name (its names count up), already prepared there, as another client connection of the
      // same pool would have left it behind a pooler.
      const [first] = await otherSql.query<{ name: string }>(
        'SELECT name FROM pg_prepared_statements WHERE statement = $1',
        [SUM],
      );
      const taken = `${first?.name.replace(/_\d+$/, '')}_2`;
      await other.$executeRawUnsafe(`PREPARE ${taken} AS SELECT 0 AS "zero"`);
      const DIFFERENCE = 'SELECT $1::int - $2::int AS "difference"';
      expect(await otherSql.query(DIFFERENCE, [5, 2])).toEqual([{ difference: 3 }]);
      expect(otherWarnings).toBe(1);
      expect(await otherSql.query(DIFFERENCE, [2, 5])).toEqual([{ difference: -3 }]);
    } finally {
      await other.$disconnect();
    }
  });
});
