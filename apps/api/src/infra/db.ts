// The Prisma client over the pg driver adapter: one code path for a real PostgreSQL and the embedded one. The pg pool
// under it is shared with the few hot reads written in plain SQL (sqlOf, docs/decisions/032), so both draw on one set
// of connections of DATABASE_POOL_MAX.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type Db = InstanceType<typeof PrismaClient>;
/** A Prisma interactive-transaction client; repositories accept it in place of the root client. */
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** Plain SQL on the pool under a Db: parameterised text in, rows as pg reads them out. */
export type Sql = {
  query<Row extends object>(text: string, values?: readonly unknown[]): Promise<Row[]>;
};

const pools = new WeakMap<Db, pg.Pool>();

export function createDb(url: string, poolMax: number): Db {
  // A database that stops answering (a network partition, a paused host) must fail a request within ten seconds rather
  // than hold it: the failure is what turns the outage on (database-outage.ts).
  const pool = new pg.Pool({ connectionString: url, max: poolMax, connectionTimeoutMillis: 10_000 });
  // An idle connection the server dropped is no news: the next query on it fails, and that failure is what counts.
  pool.on('error', () => {});
  // The adapter ends the pool on $disconnect, as it would a pool of its own.
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(db, pool);
  return db;
}

/** The plain-SQL side of `db`, on the same pool. */
export function sqlOf(db: Db): Sql {
  const pool = pools.get(db);
  if (!pool) throw new Error('sqlOf needs a Db made by createDb');
  return {
    async query<Row extends object>(text: string, values: readonly unknown[] = []) {
      return (await pool.query<Row>(text, values as unknown[])).rows;
    },
  };
}
